package org.greenledger.client.cli;

import java.io.Console;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import org.greenledger.client.Pkcs11Token;
import org.greenledger.client.enrollment.EnrollmentException;
import org.greenledger.client.enrollment.FabricCa;
import org.greenledger.client.enrollment.HsmKeys;
import org.hyperledger.fabric.client.identity.Identities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Keys in an HSM: generate one inside a PKCS#11 token, enroll it with the org's CA, show it. The
 * PIN and the enrollment secret are read from the environment ({@code GL_HSM_PIN},
 * {@code GL_ENROLLMENT_SECRET}) or asked for on the terminal, never from the command line.
 */
@Command(name = "hsm", description = "Keys in an HSM (PKCS#11): generate, enroll with the org's CA, show.")
final class HsmCommands extends LedgerCommands {
    /** What names a key in a token. */
    static final class KeyOptions {
        @Option(names = "--library", paramLabel = "FILE", scope = ScopeType.INHERIT, defaultValue = "${env:GL_HSM_LIBRARY}",
                description = "The HSM's PKCS#11 module (SoftHSM2: /usr/lib/softhsm/libsofthsm2.so; env GL_HSM_LIBRARY).")
        Path library;

        @Option(names = "--slot", paramLabel = "ID", scope = ScopeType.INHERIT, defaultValue = "${env:GL_HSM_SLOT}",
                description = "The token's PKCS#11 slot ID (pkcs11-tool --module FILE -L lists them; env GL_HSM_SLOT).")
        Long slot;

        @Option(names = "--key", paramLabel = "LABEL", scope = ScopeType.INHERIT, description = "The key's label in the token.")
        String key;

        Pkcs11Token login() {
            if (library == null || slot == null || key == null) {
                throw new CliException("name the key: --library FILE (or GL_HSM_LIBRARY), --slot ID (or GL_HSM_SLOT)"
                        + " and --key LABEL");
            }
            char[] pin = secret("GL_HSM_PIN", "user PIN of the token in slot " + slot + ": ");
            try {
                return Pkcs11Token.login(library, slot, pin);
            } finally {
                Arrays.fill(pin, '\0');
            }
        }
    }

    /** A key's entry in the token. */
    record HsmKey(String label, String subject, String issuer, boolean enrolled, Instant notAfter) {
        static HsmKey of(String label, X509Certificate certificate) {
            boolean selfSigned = certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
            return new HsmKey(label, certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(), !selfSigned, certificate.getNotAfter().toInstant());
        }
    }

    @Mixin
    KeyOptions key;

    @Command(name = "keygen", description = "Generate an ECDSA P-256 key inside the token (never extractable),"
            + " with a self-signed placeholder certificate until it is enrolled.")
    void keygen(@Option(names = "--enrollment-id", paramLabel = "ID", required = true,
            description = "The identity the org's registrar registered for this key.") String enrollmentId) {
        Pkcs11Token token = key.login();
        print(HsmKey.of(key.key, enrolling(() -> HsmKeys.generate(token, key.key, enrollmentId))));
    }

    @Command(name = "enroll", description = "Enroll the key with the org's CA: a certificate request signed in"
            + " the token; the certificate the CA issues is stored beside the key.")
    void enroll(
            @Option(names = "--enrollment-id", paramLabel = "ID", required = true,
                    description = "The identity registered with the CA (its secret: env GL_ENROLLMENT_SECRET).")
            String enrollmentId,
            @Option(names = "--ca-url", paramLabel = "URL", required = true,
                    description = "The CA, for example https://127.0.0.1:7154.") URI caUrl,
            @Option(names = "--ca-name", paramLabel = "NAME", required = true,
                    description = "The CA's name, for example ca-banka.") String caName,
            @Option(names = "--ca-cert", paramLabel = "FILE", required = true,
                    description = "The PEM certificate the CA's TLS certificate chains to.") Path caCert,
            @Option(names = "--out", paramLabel = "FILE",
                    description = "Also write the enrollment certificate here (PEM).") Path out) {
        FabricCa ca = new FabricCa(caUrl, caName, readCertificate(caCert));
        Pkcs11Token token = key.login();
        char[] secret = secret("GL_ENROLLMENT_SECRET", "enrollment secret of " + enrollmentId + ": ");
        try {
            X509Certificate certificate = enrolling(() -> HsmKeys.enroll(token, key.key, enrollmentId, secret, ca));
            if (out != null) {
                writePem(out, certificate);
            }
            print(HsmKey.of(key.key, certificate));
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    @Command(name = "show", description = "The key's certificate: subject, issuer, whether it is enrolled.")
    void show() {
        print(HsmKey.of(key.key, key.login().certificate(key.key)));
    }

    private interface Step {
        X509Certificate run();
    }

    private static X509Certificate enrolling(Step step) {
        try {
            return step.run();
        } catch (EnrollmentException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static char[] secret(String variable, String prompt) {
        String value = System.getenv(variable);
        if (value != null && !value.isEmpty()) {
            return value.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new CliException("set " + variable + " (no terminal to ask for the " + prompt.replace(": ", "") + ")");
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null || typed.length == 0) {
            throw new CliException("no " + prompt.replace(": ", "") + " given");
        }
        return typed;
    }

    private static X509Certificate readCertificate(Path pem) {
        try (Reader reader = Files.newBufferedReader(pem)) {
            return Identities.readX509Certificate(reader);
        } catch (IOException | CertificateException e) {
            throw new CliException("cannot read the CA certificate " + pem + ": " + e.getMessage());
        }
    }

    private static void writePem(Path file, X509Certificate certificate) {
        try {
            Files.writeString(file, Identities.toPemString(certificate));
        } catch (IOException e) {
            throw new CliException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
