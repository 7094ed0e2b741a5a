package org.greenledger.client;

import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.client.identity.Signers;

/** SDK connections over in-process channels, as a Bank A identity made up for the test. */
final class FakeGatewayConnections {
    private static final KeyPair KEYS = keys();
    static final Credentials CREDENTIALS = new Credentials(certificate(KEYS),
            Signers.newPrivateKeySigner(KEYS.getPrivate()));

    private FakeGatewayConnections() {
    }

    /** A connection whose Gateways are {@code channels}, in order. */
    static GatewayConnection connect(Duration deadline, ManagedChannel... channels) {
        return connect(deadline, CallListener.NONE, channels);
    }

    /** {@link #connect(Duration, ManagedChannel...)} reporting every call to {@code listener}. */
    static GatewayConnection connect(Duration deadline, CallListener listener, ManagedChannel... channels) {
        ConnectionProfile profile = new ConnectionProfile("gateway-0", Path.of("unused-tls-root.pem"), "BankAMSP",
                "greenledger", "greenledger");
        for (int i = 1; i < channels.length; i++) {
            profile = profile.withFallback(new GatewayEndpoint("gateway-" + i, Path.of("unused-tls-root.pem")));
        }
        return GatewayConnection.overChannels(profile, CREDENTIALS.certificate(), CREDENTIALS.signer(), deadline,
                ProposalPreparation.AS_BUILT, List.of(channels), listener);
    }

    /** A channel to a Gateway that is not there: every call fails UNAVAILABLE, as when a peer is down. */
    static ManagedChannel nowhere() {
        return InProcessChannelBuilder.forName("no-gateway-here").directExecutor().build();
    }

    /** Writes the identity as an MSP directory (signcerts/cert.pem, keystore/key.pem), as a CA enrollment leaves it. */
    static Path writeMsp(Path msp) throws IOException {
        Files.createDirectories(msp.resolve("signcerts"));
        Files.createDirectories(msp.resolve("keystore"));
        try {
            Files.writeString(msp.resolve("signcerts").resolve("cert.pem"),
                    pem("CERTIFICATE", CREDENTIALS.certificate().getEncoded()));
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        Files.writeString(msp.resolve("keystore").resolve("key.pem"), pem("PRIVATE KEY", KEYS.getPrivate().getEncoded()));
        return msp;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(KeyPair keys) {
        try {
            X500Name subject = new X500Name("O=Bank A,OU=client,CN=unit-test");
            Instant now = Instant.now();
            return new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(subject, BigInteger.ONE, Date.from(now),
                            Date.from(now.plus(Duration.ofDays(1))), subject, keys.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }
}
