package org.greenledger.client;

import static org.greenledger.client.HsmException.Reason.KEY_MISSING;
import static org.greenledger.client.HsmException.Reason.LIBRARY_MISSING;
import static org.greenledger.client.HsmException.Reason.NOT_ENROLLED;
import static org.greenledger.client.HsmException.Reason.PIN_LOCKED;
import static org.greenledger.client.HsmException.Reason.TOKEN_MISSING;
import static org.greenledger.client.HsmException.Reason.UNSUITABLE_KEY;
import static org.greenledger.client.HsmException.Reason.WRONG_PIN;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.security.auth.login.FailedLoginException;

/**
 * A PKCS#11 token (an HSM, or SoftHSM2) that the client is logged in to, through Java's own
 * SunPKCS11 provider: the keys it holds sign inside it and are never read out.
 *
 * <pre>{@code
 * Pkcs11Token token = Pkcs11Token.login(Path.of("/usr/lib/softhsm/libsofthsm2.so"), 1234567890L, pin);
 * Arrays.fill(pin, '\0');                   // the token does not keep it
 * Credentials operator = token.credentials("banka-hsm-operator");
 * try (GreenLedger ledger = GreenLedger.connect(profile, operator)) {
 *     ledger.accounts().open(request);        // proposal, transaction and commit request signed in the token
 * } catch (HsmException e) {
 *     // e.reason() is WRONG_PIN, KEY_MISSING, NOT_ENROLLED, ...; e.getMessage() says what to fix
 * }
 * }</pre>
 *
 * <p>A token is found by its slot ID, because SunPKCS11 chooses tokens only by slot
 * ({@code pkcs11-tool --module LIBRARY -L}, or {@code softhsm2-util --show-slots}, lists the
 * slots with their tokens' labels). A key is found by its label as Java's PKCS#11 key store names
 * it: the label of the certificate stored beside the private key (the two share their
 * {@code CKA_ID}). {@code greenledger hsm keygen} stores a self-signed placeholder there, and
 * {@code greenledger hsm enroll} replaces it with the certificate the org's CA issues. A key
 * generated through {@link #provider()} is a token object that is sensitive and never
 * extractable.
 *
 * <p>Every failure is an {@link HsmException} whose {@link HsmException#reason() reason} and
 * message say what to fix: a missing library, no token in the slot, a wrong or locked PIN, no
 * key under the label. Logging in does not keep the PIN; the caller may clear its array.
 * PKCS#11 keeps a token logged in for the whole process: the JVM logs in to a token once, shares
 * that session with every later login to it, and checks each later PIN against the first one's
 * (a salted digest held in memory).
 */
public final class Pkcs11Token {
    private final String name;
    private final Provider provider;
    private final KeyStore keyStore;

    private Pkcs11Token(String name, Provider provider, KeyStore keyStore) {
        this.name = name;
        this.provider = provider;
        this.keyStore = keyStore;
    }

    /**
     * Loads the PKCS#11 module at {@code library} and logs in to the token in {@code slot} with
     * the user PIN.
     *
     * @param library the HSM vendor's PKCS#11 module (SoftHSM2: {@code /usr/lib/softhsm/libsofthsm2.so})
     * @param slot    the PKCS#11 slot ID of the token
     * @param pin     the token's user PIN; not kept
     * @return the token, logged in for the rest of the process
     * @throws HsmException LIBRARY_MISSING, TOKEN_MISSING, WRONG_PIN or PIN_LOCKED
     * @throws NullPointerException if {@code library} or {@code pin} is null
     */
    public static Pkcs11Token login(Path library, long slot, char[] pin) {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(pin, "pin");
        String name = "the token in slot " + Long.toUnsignedString(slot) + " of " + library;
        synchronized (SESSIONS) {
            String key = library.toAbsolutePath().normalize() + "#" + Long.toUnsignedString(slot);
            Session session = SESSIONS.get(key);
            byte[] pinDigest = pinDigest(pin);
            if (session != null && !MessageDigest.isEqual(session.pinDigest(), pinDigest)) {
                throw new HsmException(WRONG_PIN, name + " refused the PIN: check the user PIN"
                        + " (tokens lock it after a few wrong attempts)");
            }
            Provider provider = session != null ? session.provider() : load(library, slot, name);
            try {
                KeyStore keyStore = KeyStore.getInstance("PKCS11", provider);
                keyStore.load(null, pin);
                SESSIONS.putIfAbsent(key, new Session(provider, pinDigest));
                return new Pkcs11Token(name, provider, keyStore);
            } catch (IOException | GeneralSecurityException | ProviderException e) {
                throw loginFailure(name, e);
            }
        }
    }

    /**
     * The provider of each token this JVM logged in to, and a salted digest of the PIN that
     * logged in. PKCS#11 keeps a token logged in for the whole process, and SunPKCS11 then skips
     * the login, so a later login's PIN would go unchecked: it is compared with the first one's.
     */
    private record Session(Provider provider, byte[] pinDigest) {
    }

    private static final Map<String, Session> SESSIONS = new HashMap<>();
    private static final byte[] PIN_SALT = salt();

    private static byte[] salt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    private static byte[] pinDigest(char[] pin) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(PIN_SALT);
            ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(pin));
            byte[] bytes = new byte[utf8.remaining()];
            utf8.get(bytes);
            byte[] digest = sha256.digest(bytes);
            Arrays.fill(bytes, (byte) 0);
            return digest;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The signer of the key under {@code keyLabel}: ECDSA inside the token, low-S, as Fabric
     * requires. It checks once that the key and the certificate beside it belong together.
     *
     * @param keyLabel the label of the key's entry, as {@link #keyLabels()} lists it
     * @return a signer for fabric-gateway that signs inside the token
     * @throws HsmException KEY_MISSING, or UNSUITABLE_KEY for a key that is not ECDSA or does not
     *                      match its certificate
     */
    public Pkcs11Signer signer(String keyLabel) {
        X509Certificate certificate = certificate(keyLabel);
        if (!(certificate.getPublicKey() instanceof ECPublicKey publicKey)) {
            throw new HsmException(UNSUITABLE_KEY, "the key '" + keyLabel + "' in " + name + " is a "
                    + certificate.getPublicKey().getAlgorithm() + " key; Fabric signs with ECDSA (P-256)");
        }
        Pkcs11Signer signer = new Pkcs11Signer(privateKey(keyLabel), publicKey, provider,
                "the key '" + keyLabel + "' in " + name);
        signer.checkPairsWith(publicKey);
        return signer;
    }

    /**
     * The certificate stored beside the key under {@code keyLabel}: the placeholder until the
     * key is enrolled, then the enrollment certificate.
     *
     * @param keyLabel the label of the key's entry, as {@link #keyLabels()} lists it
     * @return the certificate of the key's entry
     * @throws HsmException KEY_MISSING
     * @throws NullPointerException if {@code keyLabel} is null
     */
    public X509Certificate certificate(String keyLabel) {
        Objects.requireNonNull(keyLabel, "keyLabel");
        try {
            Certificate certificate = keyStore.isKeyEntry(keyLabel) ? keyStore.getCertificate(keyLabel) : null;
            if (certificate instanceof X509Certificate x509) {
                return x509;
            }
        } catch (KeyStoreException e) {
            throw new HsmException(KEY_MISSING, "cannot read the keys of " + name, e);
        }
        throw new HsmException(KEY_MISSING, "no key labelled '" + keyLabel + "' in " + name + " (its keys: "
                + keyLabels() + "); generate one with 'greenledger hsm keygen', or check the label");
    }

    /**
     * The identity of the enrolled key under {@code keyLabel}: its enrollment certificate and
     * its signer.
     *
     * @param keyLabel the label of the key's entry, as {@link #keyLabels()} lists it
     * @return the key's enrollment certificate and a {@link Pkcs11Signer} of it
     * @throws HsmException KEY_MISSING, UNSUITABLE_KEY, or NOT_ENROLLED while the key holds only
     *                      its self-signed placeholder
     */
    public Credentials credentials(String keyLabel) {
        X509Certificate certificate = certificate(keyLabel);
        if (selfSigned(certificate)) {
            throw new HsmException(NOT_ENROLLED, "the key '" + keyLabel + "' in " + name
                    + " holds only its self-signed placeholder certificate: enroll it with the org's CA first"
                    + " ('greenledger hsm enroll')");
        }
        return new Credentials(certificate, signer(keyLabel));
    }

    /**
     * A handle on the private key under {@code keyLabel}, usable with {@link #provider()} to sign
     * inside the token (a certificate signing request, for instance); the key itself cannot be
     * read through it.
     *
     * @param keyLabel the label of the key's entry, as {@link #keyLabels()} lists it
     * @return a handle on the token's private key, not its value
     * @throws HsmException KEY_MISSING
     * @throws NullPointerException if {@code keyLabel} is null
     */
    public PrivateKey privateKey(String keyLabel) {
        Objects.requireNonNull(keyLabel, "keyLabel");
        try {
            Key key = keyStore.getKey(keyLabel, null);
            if (key instanceof PrivateKey privateKey) {
                return privateKey;
            }
        } catch (GeneralSecurityException e) {
            throw new HsmException(KEY_MISSING, "cannot read the key '" + keyLabel + "' in " + name, e);
        }
        throw new HsmException(KEY_MISSING, "no key labelled '" + keyLabel + "' in " + name + " (its keys: "
                + keyLabels() + "); generate one with 'greenledger hsm keygen', or check the label");
    }

    /**
     * The labels of the keys in the token, as messages list them when a label is not found.
     *
     * @return the labels of the token's private-key entries, sorted
     * @throws HsmException KEY_MISSING if the token's entries cannot be read
     */
    public List<String> keyLabels() {
        try {
            return Collections.list(keyStore.aliases()).stream().filter(this::isKey).sorted().toList();
        } catch (KeyStoreException e) {
            throw new HsmException(KEY_MISSING, "cannot list the keys of " + name, e);
        }
    }

    /**
     * The SunPKCS11 provider logged in to this token, for tools that generate keys or sign inside
     * it ({@code greenledger hsm keygen|enroll}). Private keys generated through it are token
     * objects, sensitive and never extractable.
     *
     * @return the provider, shared by every login to this token in this process
     */
    public Provider provider() {
        return provider;
    }

    /** Which token this is, as messages name it. */
    @Override
    public String toString() {
        return name;
    }

    private boolean isKey(String alias) {
        try {
            return keyStore.isKeyEntry(alias);
        } catch (KeyStoreException e) {
            return false;
        }
    }

    private static boolean selfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    // The configuration makes every private key generated through this provider a token object
    // that is sensitive and never extractable: whatever generates a key here, it stays here.
    private static Provider load(Path library, long slot, String name) {
        if (!Files.isRegularFile(library)) {
            throw new HsmException(LIBRARY_MISSING, "no PKCS#11 library at " + library
                    + ": give the path of the HSM vendor's PKCS#11 module (SoftHSM2: install the Debian package"
                    + " softhsm2, /usr/lib/softhsm/libsofthsm2.so)");
        }
        String path = library.toAbsolutePath().toString();
        if (path.indexOf('"') >= 0 || path.indexOf('\n') >= 0) {
            throw new HsmException(LIBRARY_MISSING, "the PKCS#11 library's path may not contain quotes or line breaks: "
                    + library);
        }
        Provider sunPkcs11 = Security.getProvider("SunPKCS11");
        if (sunPkcs11 == null) {
            throw new HsmException(LIBRARY_MISSING, "this Java runtime has no SunPKCS11 provider"
                    + " (module jdk.crypto.cryptoki): use a full JDK or JRE");
        }
        String config = "--name = GreenLedger-slot-" + Long.toUnsignedString(slot) + "\n"
                + "library = \"" + path + "\"\n"
                + "slot = " + Long.toUnsignedString(slot) + "\n"
                + "attributes(generate, CKO_PRIVATE_KEY, *) = {\n"
                + "  CKA_TOKEN = true\n"
                + "  CKA_PRIVATE = true\n"
                + "  CKA_SENSITIVE = true\n"
                + "  CKA_EXTRACTABLE = false\n"
                + "}\n";
        try {
            return sunPkcs11.configure(config);
        } catch (ProviderException | IllegalArgumentException e) {
            String error = pkcs11Error(e);
            if (error != null && (error.contains("SLOT_ID_INVALID") || error.contains("TOKEN_NOT"))) {
                throw new HsmException(TOKEN_MISSING, "there is no token in slot " + Long.toUnsignedString(slot)
                        + " of " + library + ": list the slots and their tokens with 'pkcs11-tool --module "
                        + library + " -L' (SoftHSM2: 'softhsm2-util --show-slots')", e);
            }
            throw new HsmException(LIBRARY_MISSING, library + " cannot be loaded as a PKCS#11 module"
                    + " (the HSM vendor's library for this machine's architecture is needed)", e);
        }
    }

    private static HsmException loginFailure(String name, Exception e) {
        String error = pkcs11Error(e);
        if (error != null && error.contains("PIN_LOCKED")) {
            return new HsmException(PIN_LOCKED, "the user PIN of " + name + " is locked after too many wrong PINs:"
                    + " the token's security officer must set a new one", e);
        }
        if (has(e, FailedLoginException.class) || error != null
                && (error.contains("PIN_INCORRECT") || error.contains("PIN_LEN_RANGE"))) {
            return new HsmException(WRONG_PIN, name + " refused the PIN: check the user PIN"
                    + " (tokens lock it after a few wrong attempts)", e);
        }
        if (error != null && (error.contains("TOKEN_NOT") || error.contains("USER_PIN_NOT_INITIALIZED")
                || error.contains("DEVICE_REMOVED"))) {
            return new HsmException(TOKEN_MISSING, name + " is not present or not initialised: initialise it"
                    + " with a user PIN, or check the slot", e);
        }
        return new HsmException(TOKEN_MISSING, "cannot log in to " + name + ": is the token present and"
                + " initialised?", e);
    }

    // SunPKCS11 reports the module's CK_RV by name (CKR_PIN_INCORRECT, ...) in an exception of
    // a package that is not exported; the name is all that is read from it.
    private static String pkcs11Error(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("CKR_")) {
                return message;
            }
        }
        return null;
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
