package org.greenledger.client;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.SignatureException;

/**
 * ECDSA signatures as DER (a SEQUENCE of the INTEGERs r and s), and their low-S form.
 *
 * <p>For every ECDSA signature (r, s) the pair (r, n - s) is valid too. Fabric accepts only the
 * one with s at most n/2, so that a transaction's signature, and with it its hash, cannot be
 * changed by a third party. An HSM signs with either; the signer turns high S into low S as
 * fabric-gateway's own private-key signer does.
 */
final class EcdsaSignatures {
    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;

    private EcdsaSignatures() {
    }

    /** The DER signature with s replaced by n - s when s is above n/2; otherwise the same bytes. */
    static byte[] toLowS(byte[] der, BigInteger order) throws SignatureException {
        BigInteger[] rs = decode(der);
        if (rs[1].compareTo(order.shiftRight(1)) <= 0) {
            return der;
        }
        return encode(rs[0], order.subtract(rs[1]));
    }

    /** r and s of a DER signature; refuses anything else, trailing bytes included. */
    static BigInteger[] decode(byte[] der) throws SignatureException {
        Reader in = new Reader(der);
        in.expect(SEQUENCE);
        int length = in.length();
        if (length != in.remaining()) {
            throw new SignatureException("not a DER ECDSA signature: the sequence's length is wrong");
        }
        BigInteger r = in.integer();
        BigInteger s = in.integer();
        if (in.remaining() != 0) {
            throw new SignatureException("not a DER ECDSA signature: bytes after s");
        }
        if (r.signum() <= 0 || s.signum() <= 0) {
            throw new SignatureException("not an ECDSA signature: r and s must be positive");
        }
        return new BigInteger[] {r, s};
    }

    static byte[] encode(BigInteger r, BigInteger s) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeInteger(body, r);
        writeInteger(body, s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(SEQUENCE);
        writeLength(out, body.size());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    // BigInteger's two's complement form is minimal, with a leading zero when the top bit is
    // set: exactly DER's INTEGER.
    private static void writeInteger(ByteArrayOutputStream out, BigInteger value) {
        byte[] bytes = value.toByteArray();
        out.write(INTEGER);
        writeLength(out, bytes.length);
        out.writeBytes(bytes);
    }

    // Short form up to 127; P-521's signatures need the one-byte long form (0x81).
    private static void writeLength(ByteArrayOutputStream out, int length) {
        if (length >= 0x80) {
            out.write(0x81);
        }
        out.write(length);
    }

    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int remaining() {
            return bytes.length - at;
        }

        int next() throws SignatureException {
            if (at >= bytes.length) {
                throw new SignatureException("not a DER ECDSA signature: it ends too early");
            }
            return bytes[at++] & 0xff;
        }

        void expect(int tag) throws SignatureException {
            if (next() != tag) {
                throw new SignatureException("not a DER ECDSA signature: tag " + tag + " expected");
            }
        }

        int length() throws SignatureException {
            int first = next();
            if (first < 0x80) {
                return first;
            }
            if (first != 0x81) {
                throw new SignatureException("not a DER ECDSA signature: unsupported length form");
            }
            int length = next();
            if (length < 0x80) {
                throw new SignatureException("not a DER ECDSA signature: non-minimal length");
            }
            return length;
        }

        BigInteger integer() throws SignatureException {
            expect(INTEGER);
            int length = length();
            if (length == 0 || length > remaining()) {
                throw new SignatureException("not a DER ECDSA signature: bad integer length");
            }
            byte[] value = new byte[length];
            System.arraycopy(bytes, at, value, 0, length);
            at += length;
            return new BigInteger(value);
        }
    }
}
