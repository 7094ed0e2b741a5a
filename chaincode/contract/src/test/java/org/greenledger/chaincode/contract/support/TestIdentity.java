package org.greenledger.chaincode.contract.support;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * A client identity as a Fabric CA issues it: an X.509 certificate whose attribute extension
 * carries {@code gl.role}, serialized with its MSP ID as the transaction creator.
 */
public record TestIdentity(String mspId, String role, byte[] creator) {
    /** Fabric CA's attribute extension. */
    private static final ASN1ObjectIdentifier ATTRIBUTES = new ASN1ObjectIdentifier("1.2.3.4.5.6.7.8.1");
    private static final AtomicLong SERIAL = new AtomicLong(1);

    /** A user of {@code mspId} with {@code gl.role=role}; {@code role} null gives no attribute. */
    public static TestIdentity of(String mspId, String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + (role == null ? "user" : role) + ",OU=client,O=" + mspId);
            Date from = new Date(0);
            Date to = new Date(4_102_444_800_000L);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    BigInteger.valueOf(SERIAL.getAndIncrement()), from, to, name, keys.getPublic());
            if (role != null) {
                builder.addExtension(ATTRIBUTES, false,
                        ("{\"attrs\":{\"gl.role\":\"" + role + "\"}}").getBytes(StandardCharsets.UTF_8));
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            byte[] creator = SerializedIdentity.newBuilder()
                    .setMspid(mspId)
                    .setIdBytes(com.google.protobuf.ByteString.copyFromUtf8(pem))
                    .build()
                    .toByteArray();
            return new TestIdentity(mspId, role, creator);
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a test identity", e);
        }
    }
}
