package org.greenledger.client;

import static org.greenledger.client.HsmException.Reason.SIGNING_FAILED;
import static org.greenledger.client.HsmException.Reason.UNSUITABLE_KEY;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import org.hyperledger.fabric.client.identity.Signer;

/**
 * Signs with an ECDSA key that stays inside a PKCS#11 token, for fabric-gateway: obtained from
 * {@link Pkcs11Token#signer(String)}, or inside the {@link Credentials} of
 * {@link Pkcs11Token#credentials(String)}.
 *
 * <p>fabric-gateway hands {@link #sign(byte[])} the SHA-256 digest of each message (proposal,
 * transaction, commit-status request), as it does to its own private-key signer; the token signs
 * that digest as it is ({@code NONEwithECDSA}, mechanism {@code CKM_ECDSA}), and the signature is
 * returned in DER with a low S, which Fabric requires.
 */
public final class Pkcs11Signer implements Signer {
    private final PrivateKey key;
    private final ECPublicKey publicKey;
    private final Provider provider;
    private final BigInteger order;
    private final String name;

    Pkcs11Signer(PrivateKey key, ECPublicKey publicKey, Provider provider, String name) {
        this.key = key;
        this.publicKey = publicKey;
        this.provider = provider;
        this.order = publicKey.getParams().getOrder();
        this.name = name;
    }

    /**
     * Signs a message digest inside the token.
     *
     * @param digest the SHA-256 digest of the message, as fabric-gateway passes it
     * @return the DER ECDSA signature, its S at most half the curve's order
     * @throws HsmException SIGNING_FAILED when the token cannot sign (removed, session closed)
     */
    @Override
    public byte[] sign(byte[] digest) {
        try {
            Signature ecdsa = Signature.getInstance("NONEwithECDSA", provider);
            ecdsa.initSign(key);
            ecdsa.update(digest);
            return EcdsaSignatures.toLowS(ecdsa.sign(), order);
        } catch (GeneralSecurityException | ProviderException e) {
            throw new HsmException(SIGNING_FAILED, name + " could not sign: is the token still present,"
                    + " and the session logged in?", e);
        }
    }

    /**
     * The key's public half, from the certificate stored beside it.
     *
     * @return the EC public key, which the signatures verify against
     */
    public ECPublicKey publicKey() {
        return publicKey;
    }

    /** Which key this is, as messages name it. */
    @Override
    public String toString() {
        return name;
    }

    // A certificate stored beside another key would make every signature fail at the peers with
    // an obscure error; one signature checked here names the problem instead.
    void checkPairsWith(ECPublicKey certified) {
        try {
            byte[] probe = MessageDigest.getInstance("SHA-256")
                    .digest("GreenLedger key check".getBytes(StandardCharsets.UTF_8));
            Signature verifier = Signature.getInstance("NONEwithECDSA");
            verifier.initVerify(certified);
            verifier.update(probe);
            if (!verifier.verify(sign(probe))) {
                throw new HsmException(UNSUITABLE_KEY, "the certificate stored beside " + name
                        + " is not this key's: store the key's own certificate under its label");
            }
        } catch (GeneralSecurityException e) {
            throw new HsmException(UNSUITABLE_KEY, "cannot check " + name + " against its certificate", e);
        }
    }
}
