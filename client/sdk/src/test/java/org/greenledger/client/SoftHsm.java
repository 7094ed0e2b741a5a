package org.greenledger.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SoftHSM2 tokens for tests, in a token directory the tests own: the build points
 * {@code SOFTHSM2_CONF} at {@code target/softhsm2/softhsm2.conf} (surefire's and failsafe's
 * configuration), and the first use here writes that file with a fresh token directory beside
 * it. The system's token directory is never touched.
 *
 * <p>SoftHSM2 reads its token directory once per process, when a JVM first loads the library:
 * a test creates every token it needs before it logs in to any. A missing SoftHSM2 fails the
 * test (scripts/test.sh installs the Debian package softhsm2).
 */
public final class SoftHsm {
    /** The user PIN of every token made here. */
    public static final String PIN = "246810";
    private static final String SO_PIN = "13579111";
    private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");
    private static final List<Path> LIBRARIES = List.of(
            Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"),
            Path.of("/usr/local/lib/softhsm/libsofthsm2.so"));
    private static boolean prepared;

    /** A token in a slot of the SoftHSM2 library. */
    public record Token(Path library, long slot, String label) {
        /** The user PIN, as a fresh array (login may be handed it and the caller clear it). */
        public char[] pin() {
            return PIN.toCharArray();
        }
    }

    private SoftHsm() {
    }

    /** The SoftHSM2 PKCS#11 module; fails when the Debian package softhsm2 is not installed. */
    public static Path library() {
        return LIBRARIES.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new AssertionError(
                "SoftHSM2 is not installed (no libsofthsm2.so in " + LIBRARIES
                        + "): apt-get install softhsm2; scripts/test.sh installs it"));
    }

    /** Initialises a new token with {@link #PIN} as its user PIN. */
    public static synchronized Token createToken(String label) {
        prepare();
        String out = run("softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin", SO_PIN,
                "--pin", PIN);
        Matcher slot = SLOT.matcher(out);
        if (!slot.find()) {
            throw new AssertionError("softhsm2-util did not say which slot it gave token " + label + ": " + out);
        }
        return new Token(library(), Long.parseLong(slot.group(1)), label);
    }

    /**
     * Generates a key pair inside the token with the JDK's keytool (its own process), stored as
     * Java's PKCS#11 key store stores a key: the private key and a self-signed certificate
     * beside it, under {@code label}. The key is sensitive and never extractable.
     *
     * @param algorithm "EC" (P-256) or "RSA"
     */
    public static void keytoolGenerate(Token token, String label, String algorithm) {
        Path config = providerConfig(token);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", label, "-dname", "CN=" + label, "-keyalg", algorithm));
        command.addAll("EC".equals(algorithm) ? List.of("-groupname", "secp256r1") : List.of("-keysize", "2048"));
        command.addAll(List.of("-keystore", "NONE", "-storetype", "PKCS11", "-addprovider", "SunPKCS11",
                "-providerArg", config.toString(), "-storepass", PIN));
        run(command.toArray(String[]::new));
    }

    private static Path providerConfig(Token token) {
        try {
            Path config = home().resolve("keytool-" + token.slot() + ".cfg");
            Files.writeString(config, "name = keytool-" + token.slot() + "\nlibrary = " + token.library()
                    + "\nslot = " + token.slot() + "\n"
                    + "attributes(generate, CKO_PRIVATE_KEY, *) = {\n  CKA_TOKEN = true\n  CKA_PRIVATE = true\n"
                    + "  CKA_SENSITIVE = true\n  CKA_EXTRACTABLE = false\n}\n");
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path home() {
        String conf = System.getenv("SOFTHSM2_CONF");
        if (conf == null || conf.isBlank()) {
            throw new AssertionError("SOFTHSM2_CONF is not set: run the tests through Maven, which points it at"
                    + " target/softhsm2 (the tests never use the system's token directory)");
        }
        return Path.of(conf).toAbsolutePath().getParent();
    }

    // A fresh token directory per test JVM, so tokens of earlier runs do not pile up.
    private static void prepare() {
        if (prepared) {
            return;
        }
        library();
        Path home = home();
        Path tokens = home.resolve("tokens");
        try {
            if (Files.isDirectory(tokens)) {
                try (Stream<Path> old = Files.walk(tokens)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(tokens);
            Files.writeString(Path.of(System.getenv("SOFTHSM2_CONF")), "directories.tokendir = " + tokens
                    + "\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        prepared = true;
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(command[0] + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(command[0] + " cannot be run (" + e.getMessage()
                    + "): apt-get install softhsm2; scripts/test.sh installs it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
