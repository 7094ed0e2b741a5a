package org.greenledger.client.enrollment;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.greenledger.client.Pkcs11Token;

/**
 * Keys generated inside a PKCS#11 token and enrolled with an org's Fabric CA.
 *
 * <pre>{@code
 * Pkcs11Token token = Pkcs11Token.login(library, slot, pin);
 * HsmKeys.generate(token, "banka-hsm-operator", "hsm-operator");      // the enrollment ID registered with the CA
 * HsmKeys.enroll(token, "banka-hsm-operator", "hsm-operator", secret, ca);
 * Credentials operator = token.credentials("banka-hsm-operator");
 * }</pre>
 *
 * <p>Java's PKCS#11 key store keeps a private key only with a certificate beside it, so a new key
 * is stored with a self-signed placeholder (subject: the enrollment ID), signed inside the token;
 * enrollment replaces it with the certificate the CA issues.
 */
public final class HsmKeys {
    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private HsmKeys() {
    }

    /**
     * Generates an ECDSA P-256 key pair inside the token, its private key a sensitive,
     * non-extractable token object, stored under {@code keyLabel} with a self-signed placeholder
     * certificate.
     *
     * @param enrollmentId the identity registered with the org's CA that this key will be enrolled as
     * @return the placeholder certificate
     */
    public static X509Certificate generate(Pkcs11Token token, String keyLabel, String enrollmentId) {
        Objects.requireNonNull(token, "token");
        requireText(keyLabel, "keyLabel");
        requireText(enrollmentId, "enrollmentId");
        if (token.keyLabels().contains(keyLabel)) {
            throw new EnrollmentException(token + " already holds a key labelled '" + keyLabel
                    + "': choose another label (a key is never overwritten)");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", token.provider());
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name subject = subject(enrollmentId);
            X509Certificate placeholder = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                            Date.from(now.minus(1, ChronoUnit.MINUTES)), Date.from(now.plus(1, ChronoUnit.DAYS)),
                            subject, keys.getPublic())
                            .build(signerInToken(token, keys.getPrivate())));
            store(token, keyLabel, keys.getPrivate(), placeholder);
            return placeholder;
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new EnrollmentException("cannot generate a key in " + token + ": " + e.getMessage(), e);
        }
    }

    /**
     * A PKCS#10 certificate signing request for the key under {@code keyLabel}, subject
     * {@code CN=enrollmentId} (Fabric CA requires the enrollment ID there), signed inside the
     * token; PEM.
     */
    public static String certificationRequest(Pkcs11Token token, String keyLabel, String enrollmentId) {
        requireText(enrollmentId, "enrollmentId");
        PublicKey publicKey = token.certificate(keyLabel).getPublicKey();
        try {
            var request = new JcaPKCS10CertificationRequestBuilder(subject(enrollmentId), publicKey)
                    .build(signerInToken(token, token.privateKey(keyLabel)));
            StringWriter pem = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
                writer.writeObject(request);
            }
            return pem.toString();
        } catch (OperatorCreationException | IOException e) {
            throw new EnrollmentException("cannot sign a certificate request in " + token + ": " + e.getMessage(), e);
        }
    }

    /**
     * Enrolls the key under {@code keyLabel} as {@code enrollmentId} with the org's CA: a
     * certificate request signed in the token, the CA's certificate stored beside the key.
     *
     * @param secret the enrollment secret the org's registrar gave the identity
     * @return the enrollment certificate
     */
    public static X509Certificate enroll(Pkcs11Token token, String keyLabel, String enrollmentId, char[] secret,
            FabricCa ca) {
        X509Certificate certificate = ca.enroll(enrollmentId, secret,
                certificationRequest(token, keyLabel, enrollmentId));
        install(token, keyLabel, certificate);
        return certificate;
    }

    /** Stores {@code certificate} beside the key under {@code keyLabel}, in place of the one there. */
    public static void install(Pkcs11Token token, String keyLabel, X509Certificate certificate) {
        if (!certificate.getPublicKey().equals(token.certificate(keyLabel).getPublicKey())) {
            throw new EnrollmentException("the certificate for " + certificate.getSubjectX500Principal()
                    + " certifies another key than '" + keyLabel + "' in " + token);
        }
        try {
            store(token, keyLabel, token.privateKey(keyLabel), certificate);
        } catch (GeneralSecurityException | IOException e) {
            throw new EnrollmentException("cannot store the certificate in " + token + ": " + e.getMessage(), e);
        }
    }

    // The key store of the token's provider, already logged in: storing a key the token holds
    // only sets its label and ID and writes the certificate as a token object.
    private static void store(Pkcs11Token token, String keyLabel, PrivateKey key, X509Certificate certificate)
            throws GeneralSecurityException, IOException {
        KeyStore keyStore = KeyStore.getInstance("PKCS11", token.provider());
        keyStore.load(null, null);
        keyStore.setKeyEntry(keyLabel, key, null, new Certificate[] {certificate});
    }

    private static ContentSigner signerInToken(Pkcs11Token token, PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).setProvider(token.provider()).build(key);
    }

    private static X500Name subject(String enrollmentId) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, enrollmentId).build();
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
    }
}
