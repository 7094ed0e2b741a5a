package org.greenledger.client;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Objects;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;

/**
 * The identity a client acts as: its enrollment certificate (issued by its org's Fabric CA, with
 * the {@code gl.role} attribute) and the signer that holds its private key. Keys held in an HSM
 * are used through {@link #fromPkcs11} (a PKCS#11 token) or any other {@link Signer}; keys in
 * files through {@link #fromFiles} or {@link #fromMspDirectory}.
 *
 * <pre>{@code
 * // an MSP folder as fabric-ca-client enroll writes it
 * Credentials operator = Credentials.fromMspDirectory(Path.of(".network/orgs/banka/users/operator/msp"));
 * // a PEM certificate and a PEM private key kept elsewhere
 * Credentials auditor = Credentials.fromFiles(Path.of("/etc/greenledger/auditor-cert.pem"),
 *         Path.of("/etc/greenledger/auditor-key.pem"));
 * // a key inside an HSM: it signs there and is never read out
 * Credentials treasurer = Credentials.fromPkcs11(Path.of("/usr/lib/softhsm/libsofthsm2.so"),
 *         1234567890L, pin, "banka-hsm-treasurer");
 * // any other signer, for example a remote signing service behind fabric-gateway's Signer
 * Credentials remote = new Credentials(certificate, digest -> signingService.sign(digest));
 *
 * try (GreenLedger bankA = GreenLedger.connect(profile, operator)) { ... }
 * }</pre>
 *
 * @param certificate the X.509 enrollment certificate
 * @param signer      signs proposals and transactions with the certificate's private key
 */
public record Credentials(X509Certificate certificate, Signer signer) {
    /**
     * Checks that both parts are present. Whether the signer's key belongs to the certificate is
     * not checked here: a mismatch shows as a signature the peers reject.
     *
     * @param certificate the X.509 enrollment certificate
     * @param signer      signs proposals and transactions with the certificate's private key
     * @throws NullPointerException naming the missing part
     */
    public Credentials {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(signer, "signer");
    }

    /**
     * Credentials from a PEM certificate file and a PEM private key file; the key is held in
     * memory and signs with fabric-gateway's private-key signer.
     *
     * @param certificatePem the PEM file of the X.509 enrollment certificate
     * @param privateKeyPem  the PEM file of its private key, unencrypted, as {@code fabric-ca-client} writes it
     * @return the credentials of that certificate and key
     * @throws IOException if a file cannot be read, or is not a PEM certificate or private key
     *                     (the message names the file)
     */
    public static Credentials fromFiles(Path certificatePem, Path privateKeyPem) throws IOException {
        X509Certificate certificate;
        PrivateKey key;
        try (Reader reader = Files.newBufferedReader(certificatePem)) {
            certificate = Identities.readX509Certificate(reader);
        } catch (CertificateException e) {
            throw new IOException(certificatePem + " is not a PEM X.509 certificate", e);
        }
        try (Reader reader = Files.newBufferedReader(privateKeyPem)) {
            key = Identities.readPrivateKey(reader);
        } catch (InvalidKeyException e) {
            throw new IOException(privateKeyPem + " is not a PEM private key", e);
        }
        return new Credentials(certificate, Signers.newPrivateKeySigner(key));
    }

    /**
     * Credentials from an MSP folder as {@code fabric-ca-client enroll} writes it:
     * {@code signcerts/cert.pem} and the one key in {@code keystore/}.
     *
     * @param msp the MSP folder, for example {@code .network/orgs/banka/users/operator/msp}
     * @return the credentials of its certificate and key, as {@link #fromFiles} reads them
     * @throws IOException if {@code keystore/} is missing or empty, or a file cannot be read or
     *                     is not PEM (with several keys in {@code keystore/}, any one is taken)
     */
    public static Credentials fromMspDirectory(Path msp) throws IOException {
        Path key;
        try (DirectoryStream<Path> keys = Files.newDirectoryStream(msp.resolve("keystore"))) {
            var it = keys.iterator();
            if (!it.hasNext()) {
                throw new IOException(msp + "/keystore holds no private key");
            }
            key = it.next();
        }
        return fromFiles(msp.resolve("signcerts").resolve("cert.pem"), key);
    }

    /**
     * Credentials of a key held in a PKCS#11 token (an HSM): the enrollment certificate stored
     * beside the key and a signer that signs inside the token. The key never leaves it.
     *
     * <pre>{@code
     * Credentials operator = Credentials.fromPkcs11(Path.of("/usr/lib/softhsm/libsofthsm2.so"),
     *         1234567890L, pin, "banka-hsm-operator");
     * }</pre>
     *
     * @param library  the HSM vendor's PKCS#11 module
     * @param slot     the PKCS#11 slot ID of the token
     * @param pin      the token's user PIN; not kept
     * @param keyLabel the label of the key's entry (see {@link Pkcs11Token})
     * @return the credentials of the enrolled key: its certificate and a {@link Pkcs11Signer}
     * @throws HsmException with the reason and what to fix: a missing library, token or key, a
     *                      wrong or locked PIN, or a key not enrolled yet
     */
    public static Credentials fromPkcs11(Path library, long slot, char[] pin, String keyLabel) {
        return Pkcs11Token.login(library, slot, pin).credentials(keyLabel);
    }
}
