package org.greenledger.client.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.greenledger.client.HsmException;
import org.greenledger.client.Pkcs11Token;
import org.greenledger.client.SoftHsm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keys generated in a real SoftHSM2 token, certificate requests signed in it, certificates stored beside them. */
class HsmKeysTest {
    private static SoftHsm.Token token;

    @BeforeAll
    static void token() {
        token = SoftHsm.createToken("cli-test");
    }

    private static Pkcs11Token login() {
        return Pkcs11Token.login(token.library(), token.slot(), token.pin());
    }

    @Test
    void a_generated_key_stays_in_the_token_with_a_placeholder_until_enrolled() {
        Pkcs11Token hsm = login();
        X509Certificate placeholder = HsmKeys.generate(hsm, "generated", "hsm-operator");

        assertEquals("CN=hsm-operator", placeholder.getSubjectX500Principal().getName());
        assertEquals(placeholder, hsm.certificate("generated"));
        assertNull(hsm.privateKey("generated").getEncoded(), "sensitive: it cannot be read out");
        HsmException e = assertThrows(HsmException.class, () -> hsm.credentials("generated"));
        assertEquals(HsmException.Reason.NOT_ENROLLED, e.reason());
        assertTrue(login().keyLabels().contains("generated"), "a token object: another login finds it");
    }

    @Test
    void a_label_in_use_is_never_overwritten() {
        Pkcs11Token hsm = login();
        X509Certificate first = HsmKeys.generate(hsm, "taken", "hsm-operator");
        EnrollmentException e = assertThrows(EnrollmentException.class, () -> HsmKeys.generate(hsm, "taken", "other"));
        assertTrue(e.getMessage().contains("already holds a key labelled 'taken'"), e.getMessage());
        assertEquals(first, hsm.certificate("taken"));
    }

    @Test
    void the_certificate_request_is_signed_in_the_token_for_the_enrollment_id() throws Exception {
        Pkcs11Token hsm = login();
        HsmKeys.generate(hsm, "requesting", "hsm-requester");

        String pem = HsmKeys.certificationRequest(hsm, "requesting", "hsm-requester");

        PKCS10CertificationRequest request;
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            request = (PKCS10CertificationRequest) parser.readObject();
        }
        assertEquals("CN=hsm-requester", request.getSubject().toString(), "Fabric CA requires the enrollment ID as CN");
        PublicKey key = hsm.certificate("requesting").getPublicKey();
        assertTrue(request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key)));
    }

    @Test
    void the_issued_certificate_replaces_the_placeholder_and_the_key_signs_as_the_enrolled_identity() throws Exception {
        Pkcs11Token hsm = login();
        HsmKeys.generate(hsm, "enrolling", "hsm-enrolled");
        X509Certificate issued = issue(hsm.certificate("enrolling").getPublicKey(), "hsm-enrolled");

        HsmKeys.install(hsm, "enrolling", issued);

        assertEquals(issued, login().certificate("enrolling"));
        assertEquals(issued, login().credentials("enrolling").certificate());
    }

    @Test
    void a_certificate_of_another_key_is_refused() throws Exception {
        Pkcs11Token hsm = login();
        HsmKeys.generate(hsm, "mine", "hsm-mine");
        KeyPair other = p256();
        X509Certificate foreign = issue(other.getPublic(), "hsm-mine");

        EnrollmentException e = assertThrows(EnrollmentException.class, () -> HsmKeys.install(hsm, "mine", foreign));
        assertTrue(e.getMessage().contains("certifies another key"), e.getMessage());
        assertEquals("CN=hsm-mine", hsm.certificate("mine").getSubjectX500Principal().getName());
    }

    private static X509Certificate issue(PublicKey key, String enrollmentId) throws Exception {
        KeyPair ca = p256();
        Instant now = Instant.now();
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                new X500Name("CN=ca.banka.greenledger"), BigInteger.TEN, Date.from(now),
                Date.from(now.plus(1, ChronoUnit.DAYS)), new X500Name("CN=" + enrollmentId), key)
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(ca.getPrivate())));
    }

    private static KeyPair p256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }
}
