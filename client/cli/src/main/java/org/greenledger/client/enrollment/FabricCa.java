package org.greenledger.client.enrollment;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * An org's Fabric CA, reached over its REST API with TLS: enrolls an identity the org's registrar
 * registered, from a certificate request whose key stays where it is (in an HSM). The attributes
 * registered for the identity with {@code :ecert} ({@code gl.role}) are written into the
 * certificate by the CA.
 *
 * @param url         the CA's address, for example {@code https://127.0.0.1:7154}
 * @param caName      the CA's name on that server, for example {@code ca-banka}
 * @param tlsRoot     the certificate the CA's TLS certificate chains to
 */
public record FabricCa(URI url, String caName, X509Certificate tlsRoot) {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    public FabricCa {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(caName, "caName");
        Objects.requireNonNull(tlsRoot, "tlsRoot");
        if (!"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("the CA's URL must be https:// (the enrollment secret travels in it): " + url);
        }
    }

    /**
     * Enrolls {@code enrollmentId} with the certificate request {@code csrPem} ({@code POST
     * /api/v1/enroll}, authenticated with the enrollment secret).
     *
     * @return the enrollment certificate the CA issued
     * @throws EnrollmentException when the CA cannot be reached or refuses, with the CA's reason
     */
    public X509Certificate enroll(String enrollmentId, char[] secret, String csrPem) {
        JsonObject body = new JsonObject();
        body.addProperty("certificate_request", csrPem);
        body.addProperty("caname", caName);
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/api/v1/enroll"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", basic(enrollmentId, secret))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new EnrollmentException("cannot reach the CA at " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnrollmentException("interrupted while enrolling with " + url, e);
        }
        return certificate(response);
    }

    private X509Certificate certificate(HttpResponse<String> response) {
        JsonObject answer;
        try {
            answer = JsonParser.parseString(response.body()).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new EnrollmentException("the CA at " + url + " answered HTTP " + response.statusCode()
                    + " with no Fabric CA response", e);
        }
        JsonElement success = answer.get("success");
        if (success == null || !success.getAsBoolean()) {
            throw new EnrollmentException("the CA " + caName + " at " + url + " refused the enrollment (HTTP "
                    + response.statusCode() + "): " + answer.get("errors"));
        }
        try {
            String pem = new String(Base64.getDecoder().decode(
                    answer.getAsJsonObject("result").get("Cert").getAsString()), StandardCharsets.UTF_8);
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new EnrollmentException("the CA at " + url + " answered without a readable certificate", e);
        }
    }

    private HttpClient client() {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("ca", tlsRoot);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return HttpClient.newBuilder().sslContext(tls).connectTimeout(TIMEOUT).build();
        } catch (GeneralSecurityException | IOException e) {
            throw new EnrollmentException("cannot set up TLS to " + url + ": " + e.getMessage(), e);
        }
    }

    // The buffers that held the secret are cleared; it lives on only in the request's header.
    private static String basic(String enrollmentId, char[] secret) {
        CharBuffer credentials = CharBuffer.allocate(enrollmentId.length() + 1 + secret.length);
        credentials.put(enrollmentId).put(':').put(secret).flip();
        ByteBuffer utf8 = StandardCharsets.UTF_8.encode(credentials);
        byte[] bytes = new byte[utf8.remaining()];
        utf8.get(bytes);
        String header = "Basic " + Base64.getEncoder().encodeToString(bytes);
        Arrays.fill(bytes, (byte) 0);
        Arrays.fill(credentials.array(), '\0');
        return header;
    }
}
