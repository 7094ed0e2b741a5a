package org.greenledger.chaincode.contract.metrics;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * Serves the chaincode service's metrics at {@code https://ADDRESS/metrics} as Fabric's own
 * operations endpoints do: TLS with the service's certificate, and only to a client certificate
 * issued by the org's TLS CA (the org's monitor identity), so another org cannot read how busy
 * this one is.
 */
public final class MetricsEndpoint {
    private MetricsEndpoint() {
    }

    /**
     * Starts the endpoint on {@code address} ({@code host:port}).
     *
     * @param certificate the service's TLS certificate (PEM)
     * @param key         its private key (PEM, PKCS#8)
     * @param clientCa    the CA whose certificates may scrape (PEM)
     */
    public static HTTPServer start(String address, PrometheusRegistry registry, Path certificate, Path key, Path clientCa)
            throws IOException, GeneralSecurityException {
        int colon = address.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("the metrics address must be host:port, not " + address);
        }
        SSLContext tls = tls(certificate, key, clientCa);
        return HTTPServer.builder()
                .hostname(address.substring(0, colon))
                .port(Integer.parseInt(address.substring(colon + 1)))
                .registry(registry)
                .httpsConfigurator(new HttpsConfigurator(tls) {
                    @Override
                    public void configure(HttpsParameters params) {
                        SSLParameters parameters = tls.getDefaultSSLParameters();
                        parameters.setNeedClientAuth(true);
                        params.setSSLParameters(parameters);
                    }
                })
                .buildAndStart();
    }

    private static SSLContext tls(Path certificate, Path key, Path clientCa) throws IOException, GeneralSecurityException {
        KeyStore own = KeyStore.getInstance("PKCS12");
        own.load(null, null);
        char[] password = new char[0];
        own.setKeyEntry("service", privateKey(key), password, new Certificate[] {certificate(certificate)});
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(own, password);

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("org-tls-ca", certificate(clientCa));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);

        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private static Certificate certificate(Path pem) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pem)) {
            return CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** Fabric CA writes EC keys as PKCS#8 PEM ("BEGIN PRIVATE KEY"). */
    private static PrivateKey privateKey(Path pem) throws IOException, GeneralSecurityException {
        String text = Files.readString(pem);
        String body = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }
}
