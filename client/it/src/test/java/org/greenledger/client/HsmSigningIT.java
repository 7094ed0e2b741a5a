package org.greenledger.client;

import static org.greenledger.client.TestNetwork.BANK_A;
import static org.greenledger.client.TestNetwork.ROOT;
import static org.greenledger.client.TestNetwork.STATE;
import static org.greenledger.client.TestNetwork.connect;
import static org.greenledger.client.TestNetwork.orgName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.greenledger.chaincode.api.account.Account;
import org.greenledger.chaincode.api.account.InvestorType;
import org.greenledger.chaincode.api.account.KycAttestation;
import org.greenledger.chaincode.api.account.KycLevel;
import org.greenledger.chaincode.api.account.OpenAccountRequest;
import org.greenledger.client.enrollment.FabricCa;
import org.greenledger.client.enrollment.HsmKeys;
import org.hyperledger.fabric.client.identity.Identities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Bank A operator whose key lives in an HSM (a SoftHSM2 token): registered with Bank A's CA by
 * its registrar, the key generated inside the token, enrolled through a certificate request
 * signed inside it, and every message of a write signed by the token; the write commits.
 */
class HsmSigningIT {
    private static final String KEY = "banka-hsm-operator";
    private static SoftHsm.Token token;

    @BeforeAll
    static void tokenAndMembers() {
        // SoftHSM2 reads its tokens once per process: the token exists before any login.
        token = SoftHsm.createToken("hsm-it");
        TestNetwork.ensureMembers();
    }

    @Test
    void a_key_generated_and_enrolled_inside_the_hsm_signs_a_write_that_commits() throws Exception {
        String enrollmentId = "hsm-operator-" + TestNetwork.runId().toLowerCase(Locale.ROOT);
        Map<String, String> registered = register(BANK_A, enrollmentId, "operator");
        Pkcs11Token hsm = Pkcs11Token.login(token.library(), token.slot(), token.pin());

        HsmKeys.generate(hsm, KEY, enrollmentId);
        HsmException notYet = assertThrows(HsmException.class, () -> hsm.credentials(KEY));
        assertEquals(HsmException.Reason.NOT_ENROLLED, notYet.reason(), notYet.getMessage());

        FabricCa ca = new FabricCa(URI.create(registered.get("GL_CA_URL")), registered.get("GL_CA_NAME"),
                pemCertificate(Path.of(registered.get("GL_CA_CERT"))));
        X509Certificate certificate = HsmKeys.enroll(hsm, KEY, enrollmentId,
                registered.get("GL_ENROLLMENT_SECRET").toCharArray(), ca);
        assertEquals("CN=" + enrollmentId + ",OU=client", certificate.getSubjectX500Principal().getName());
        String attributes = new String(certificate.getExtensionValue("1.2.3.4.5.6.7.8.1"), StandardCharsets.UTF_8);
        assertTrue(attributes.contains("\"gl.role\":\"operator\""), attributes);
        assertNull(hsm.privateKey(KEY).getEncoded(), "the private key cannot be read out of the token");

        Credentials operator = Credentials.fromPkcs11(token.library(), token.slot(), token.pin(), KEY);
        assertEquals(certificate, operator.certificate());
        ConnectionProfile profile = ConnectionProfile.load(TestNetwork.orgDir(BANK_A)
                .resolve("connection.json"));
        String accountId = "HSM-" + TestNetwork.runId();
        try (GreenLedger signedInTheHsm = GreenLedger.connect(profile, operator);
                GreenLedger bankA = connect(BANK_A, "operator")) {
            Account opened = signedInTheHsm.accounts().open(new OpenAccountRequest(accountId, BANK_A,
                    InvestorType.PROFESSIONAL, "VN", new KycAttestation("b".repeat(64), KycLevel.STANDARD,
                            LocalDate.now(ZoneOffset.UTC).plusYears(1))));
            assertEquals(accountId, opened.accountId());
            assertEquals(opened, bankA.accounts().get(accountId), "committed, and read by another identity");
        }
    }

    @Test
    void a_wrong_pin_is_refused_with_a_clear_error() {
        HsmException e = assertThrows(HsmException.class,
                () -> Credentials.fromPkcs11(token.library(), token.slot(), "000000".toCharArray(), KEY));
        assertEquals(HsmException.Reason.WRONG_PIN, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("refused the PIN"), e.getMessage());
    }

    /** scripts/network/register.sh: the org's registrar registers the identity; its KEY=VALUE lines. */
    private static Map<String, String> register(String mspId, String name, String role)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("scripts/network/register.sh").toString(),
                orgName(mspId), name, role).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("GL_STATE", STATE.toAbsolutePath().toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("scripts/network/register.sh failed for " + name);
        }
        Map<String, String> values = new HashMap<>();
        out.lines().filter(line -> line.contains("=")).forEach(line ->
                values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return values;
    }

    private static X509Certificate pemCertificate(Path pem) throws Exception {
        try (Reader reader = Files.newBufferedReader(pem)) {
            return Identities.readX509Certificate(reader);
        }
    }
}
