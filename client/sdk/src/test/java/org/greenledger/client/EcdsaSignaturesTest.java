package org.greenledger.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

class EcdsaSignaturesTest {
    private static final KeyPair KEYS = p256();
    private static final BigInteger N = ((ECPublicKey) KEYS.getPublic()).getParams().getOrder();

    @Test
    void a_high_S_signature_is_flipped_to_low_S_and_still_verifies() throws Exception {
        for (int i = 0; i < 20; i++) {
            byte[] digest = digest("message " + i);
            byte[] signature = sign(digest);
            BigInteger[] rs = EcdsaSignatures.decode(signature);
            BigInteger highS = rs[1].compareTo(N.shiftRight(1)) > 0 ? rs[1] : N.subtract(rs[1]);
            byte[] high = EcdsaSignatures.encode(rs[0], highS);
            assertTrue(verifies(digest, high), "(r, n - s) verifies too: that is the malleability");

            byte[] low = EcdsaSignatures.toLowS(high, N);

            BigInteger[] lowRs = EcdsaSignatures.decode(low);
            assertEquals(rs[0], lowRs[0]);
            assertEquals(N.subtract(highS), lowRs[1]);
            assertTrue(lowRs[1].compareTo(N.shiftRight(1)) <= 0);
            assertTrue(verifies(digest, low));
        }
    }

    @Test
    void a_low_S_signature_is_returned_unchanged() throws Exception {
        byte[] digest = digest("low");
        BigInteger[] rs = EcdsaSignatures.decode(sign(digest));
        BigInteger lowS = rs[1].compareTo(N.shiftRight(1)) <= 0 ? rs[1] : N.subtract(rs[1]);
        byte[] low = EcdsaSignatures.encode(rs[0], lowS);
        assertArrayEquals(low, EcdsaSignatures.toLowS(low, N));
    }

    @Test
    void s_of_exactly_half_the_order_is_low() throws Exception {
        byte[] half = EcdsaSignatures.encode(BigInteger.TEN, N.shiftRight(1));
        assertArrayEquals(half, EcdsaSignatures.toLowS(half, N));
        byte[] aboveHalf = EcdsaSignatures.encode(BigInteger.TEN, N.shiftRight(1).add(BigInteger.ONE));
        assertEquals(N.subtract(N.shiftRight(1).add(BigInteger.ONE)), EcdsaSignatures.decode(EcdsaSignatures.toLowS(aboveHalf, N))[1]);
    }

    @Test
    void encoding_round_trips_integers_with_the_top_bit_set() throws Exception {
        BigInteger topBit = BigInteger.ONE.shiftLeft(255).add(BigInteger.valueOf(7));
        byte[] der = EcdsaSignatures.encode(topBit, BigInteger.ONE);
        assertEquals(0, der[4], "a leading zero keeps the integer positive");
        BigInteger[] rs = EcdsaSignatures.decode(der);
        assertEquals(topBit, rs[0]);
        assertEquals(BigInteger.ONE, rs[1]);
    }

    @Test
    void malformed_signatures_are_refused() {
        byte[] good = EcdsaSignatures.encode(BigInteger.TEN, BigInteger.TWO);
        byte[] trailing = java.util.Arrays.copyOf(good, good.length + 1);
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 1);
        byte[] negative = EcdsaSignatures.encode(BigInteger.TEN, BigInteger.valueOf(-2));
        for (byte[] bad : new byte[][] {new byte[0], trailing, truncated, negative, {0x31, 0}}) {
            assertThrows(SignatureException.class, () -> EcdsaSignatures.toLowS(bad, N));
        }
    }

    private static byte[] sign(byte[] digest) throws Exception {
        Signature ecdsa = Signature.getInstance("NONEwithECDSA");
        ecdsa.initSign(KEYS.getPrivate());
        ecdsa.update(digest);
        return ecdsa.sign();
    }

    private static boolean verifies(byte[] digest, byte[] signature) throws Exception {
        Signature ecdsa = Signature.getInstance("NONEwithECDSA");
        ecdsa.initVerify(KEYS.getPublic());
        ecdsa.update(digest);
        return ecdsa.verify(signature);
    }

    private static byte[] digest(String message) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair p256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
