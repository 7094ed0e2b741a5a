package org.greenledger.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.greenledger.chaincode.api.Json;
import org.greenledger.chaincode.api.document.Document;
import org.greenledger.chaincode.api.document.DocumentKind;
import org.greenledger.chaincode.api.document.RegisterDocumentRequest;
import org.hyperledger.fabric.client.identity.Signer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The PKCS#11 signer against a real SoftHSM2 token, whose key was generated inside it. */
class Pkcs11TokenTest {
    private static final String OPERATOR = "operator";
    private static final String ENROLLED = "enrolled";
    private static final String RSA = "rsa-key";
    private static SoftHsm.Token token;

    @BeforeAll
    static void tokenWithKeys() throws Exception {
        token = SoftHsm.createToken("sdk-test");
        SoftHsm.keytoolGenerate(token, OPERATOR, "EC");
        SoftHsm.keytoolGenerate(token, ENROLLED, "EC");
        SoftHsm.keytoolGenerate(token, RSA, "RSA");
        issueCertificate(login(), ENROLLED);
    }

    private static Pkcs11Token login() {
        return Pkcs11Token.login(token.library(), token.slot(), token.pin());
    }

    @Test
    void signatures_made_in_the_token_verify_with_the_certified_key_and_have_a_low_S() throws Exception {
        Pkcs11Signer signer = login().signer(OPERATOR);
        X509Certificate certificate = login().certificate(OPERATOR);
        BigInteger halfOrder = signer.publicKey().getParams().getOrder().shiftRight(1);
        for (int i = 0; i < 64; i++) {
            byte[] message = ("proposal " + i).getBytes(StandardCharsets.UTF_8);
            // fabric-gateway hands the signer the message's SHA-256 digest
            byte[] signature = signer.sign(MessageDigest.getInstance("SHA-256").digest(message));

            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(message);
            assertTrue(verifier.verify(signature), "signature " + i);
            assertTrue(EcdsaSignatures.decode(signature)[1].compareTo(halfOrder) <= 0, "low S, signature " + i);
        }
    }

    @Test
    void a_write_through_a_gateway_is_signed_in_the_token() throws Exception {
        Credentials credentials = login().credentials(ENROLLED);
        Signature verifier = Signature.getInstance("NONEwithECDSA");
        List<byte[]> signed = new ArrayList<>();
        Signer recording = digest -> {
            byte[] signature = credentials.signer().sign(digest);
            signed.add(signature);
            verifier.initVerify(credentials.certificate().getPublicKey());
            verifier.update(digest);
            assertTrue(verifier.verify(signature), "the gateway hands over the digest the token signs");
            return signature;
        };
        RegisterDocumentRequest request = new RegisterDocumentRequest("XS0000000001", DocumentKind.PROSPECTUS,
                "a".repeat(64), "https://bank-a.example/prospectus.pdf");
        Document registered = new Document(request, "BankAMSP", Instant.parse("2026-11-22T10:00:00Z"));
        FakeGateway gateway = new FakeGateway();
        gateway.result = () -> Json.encodeBytes(registered);
        ConnectionProfile profile = new ConnectionProfile("gateway-0", Path.of("unused-tls-root.pem"), "BankAMSP",
                "greenledger", "greenledger");
        try (GreenLedger ledger = GatewayConnection.overChannels(profile, credentials.certificate(), recording,
                Duration.ofSeconds(5), ProposalPreparation.AS_BUILT, List.of(gateway.channel()))) {
            assertEquals(registered, ledger.documents().register(request));
        } finally {
            gateway.close();
        }
        assertEquals(3, signed.size(), "proposal, transaction and commit-status request");
    }

    @Test
    void the_private_key_cannot_be_read_out_of_the_token() {
        assertNull(login().privateKey(OPERATOR).getEncoded());
    }

    @Test
    void credentials_of_an_enrolled_key_carry_its_certificate_and_sign_in_the_token() throws Exception {
        char[] pin = token.pin();
        Credentials credentials = Credentials.fromPkcs11(token.library(), token.slot(), pin, ENROLLED);
        java.util.Arrays.fill(pin, '\0'); // the token keeps its session, not the PIN

        assertEquals("CN=Test CA", credentials.certificate().getIssuerX500Principal().getName());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(new byte[] {1, 2, 3});
        Signature verifier = Signature.getInstance("NONEwithECDSA");
        verifier.initVerify(credentials.certificate().getPublicKey());
        verifier.update(digest);
        assertTrue(verifier.verify(credentials.signer().sign(digest)));
    }

    @Test
    void a_wrong_pin_is_refused_with_a_clear_error() {
        assertRefused(HsmException.Reason.WRONG_PIN, "refused the PIN",
                () -> Pkcs11Token.login(token.library(), token.slot(), "000000".toCharArray()));
        assertRefused(HsmException.Reason.WRONG_PIN, "refused the PIN",
                () -> Credentials.fromPkcs11(token.library(), token.slot(), "1".toCharArray(), OPERATOR));
    }

    @Test
    void a_slot_without_a_token_is_a_clear_error() {
        long empty = token.slot() == 4242L ? 4243L : 4242L;
        assertRefused(HsmException.Reason.TOKEN_MISSING, "there is no token in slot " + empty,
                () -> Pkcs11Token.login(token.library(), empty, token.pin()));
    }

    @Test
    void a_missing_library_is_a_clear_error() {
        assertRefused(HsmException.Reason.LIBRARY_MISSING, "no PKCS#11 library at /opt/no-such-hsm/libpkcs11.so",
                () -> Pkcs11Token.login(Path.of("/opt/no-such-hsm/libpkcs11.so"), token.slot(), token.pin()));
    }

    @Test
    void a_file_that_is_not_a_pkcs11_module_is_a_clear_error(@TempDir Path dir) throws Exception {
        Path notALibrary = Files.writeString(dir.resolve("libnothing.so"), "not a shared object");
        assertRefused(HsmException.Reason.LIBRARY_MISSING, "cannot be loaded as a PKCS#11 module",
                () -> Pkcs11Token.login(notALibrary, token.slot(), token.pin()));
    }

    @Test
    void a_missing_key_is_a_clear_error_that_lists_the_token_s_keys() {
        Pkcs11Token logged = login();
        HsmException e = assertRefused(HsmException.Reason.KEY_MISSING, "no key labelled 'nobody'",
                () -> logged.signer("nobody"));
        assertTrue(e.getMessage().contains(OPERATOR), e.getMessage());
        assertRefused(HsmException.Reason.KEY_MISSING, "no key labelled 'nobody'", () -> logged.privateKey("nobody"));
    }

    @Test
    void a_key_with_only_its_placeholder_certificate_is_not_enrolled() {
        assertRefused(HsmException.Reason.NOT_ENROLLED, "greenledger hsm enroll", () -> login().credentials(OPERATOR));
    }

    @Test
    void an_rsa_key_is_unsuitable_for_fabric() {
        assertRefused(HsmException.Reason.UNSUITABLE_KEY, "ECDSA", () -> login().signer(RSA));
    }

    private static HsmException assertRefused(HsmException.Reason reason, String says, Executable call) {
        HsmException e = assertThrows(HsmException.class, call);
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
        assertFalse(e.getMessage().contains("CKR_"), "no raw PKCS#11 error text: " + e.getMessage());
        return e;
    }

    /** Stands in for the org's CA: certifies the token's key and stores the certificate beside it. */
    private static void issueCertificate(Pkcs11Token token, String label) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ca = generator.generateKeyPair();
        Instant now = Instant.now();
        X509Certificate issued = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                new X500Name("CN=Test CA"), BigInteger.valueOf(now.toEpochMilli()), Date.from(now),
                Date.from(now.plus(1, ChronoUnit.DAYS)), new X500Name("CN=" + label),
                token.certificate(label).getPublicKey())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(ca.getPrivate())));
        KeyStore keyStore = KeyStore.getInstance("PKCS11", token.provider());
        keyStore.load(null, null);
        keyStore.setKeyEntry(label, token.privateKey(label), null, new Certificate[] {issued});
    }
}
