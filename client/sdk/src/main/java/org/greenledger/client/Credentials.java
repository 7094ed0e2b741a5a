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
 * are used through any {@link Signer}; keys in files through {@link #fromFiles} or
 * {@link #fromMspDirectory}.
 *
 * @param certificate the X.509 enrollment certificate
 * @param signer      signs proposals and transactions with the certificate's private key
 */
public record Credentials(X509Certificate certificate, Signer signer) {
    public Credentials {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(signer, "signer");
    }

    /** Credentials from a PEM certificate file and a PEM private key file. */
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
}
