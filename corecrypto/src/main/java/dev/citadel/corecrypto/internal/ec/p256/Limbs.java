package dev.citadel.corecrypto.internal.ec.p256;

import java.math.BigInteger;

/** Conversions between big-endian bytes, {@link BigInteger} and 4 × 64-bit little-endian limbs. */
final class Limbs {

    private Limbs() {}

    /** 32 big-endian bytes at {@code off} to limbs. Timing depends on the length only. */
    static long[] fromBytes(byte[] in, int off) {
        long[] r = new long[4];
        for (int i = 0; i < 4; i++) {
            long v = 0;
            for (int j = 0; j < 8; j++) {
                v = (v << 8) | (in[off + 8 * (3 - i) + j] & 0xff);
            }
            r[i] = v;
        }
        return r;
    }

    /** Limbs to 32 big-endian bytes at {@code off}. */
    static void toBytes(long[] a, byte[] out, int off) {
        for (int i = 0; i < 4; i++) {
            long v = a[i];
            for (int j = 7; j >= 0; j--) {
                out[off + 8 * (3 - i) + j] = (byte) v;
                v >>>= 8;
            }
        }
    }

    /** A public value below 2^256 to limbs. */
    static long[] fromBigInteger(BigInteger v) {
        byte[] b = v.toByteArray();
        byte[] fixed = new byte[32];
        int n = Math.min(b.length, 32);
        System.arraycopy(b, b.length - n, fixed, 32 - n, n);
        return fromBytes(fixed, 0);
    }

    static BigInteger toBigInteger(long[] a) {
        byte[] b = new byte[32];
        toBytes(a, b, 0);
        return new BigInteger(1, b);
    }

    /** All ones when a < m (as 256-bit unsigned integers), else zero. Constant time. */
    static long lessThanMask(long[] a, long[] m) {
        long borrow = 0;
        for (int i = 0; i < 4; i++) {
            long x = a[i], y = m[i];
            long d = x - y;
            long u = d - borrow;
            borrow = (((~x & y) | (~(x ^ y) & d)) >>> 63) | (((~d & borrow) | (~(d ^ borrow) & u)) >>> 63);
        }
        return -borrow;
    }

    /** All ones when a is zero, else zero. Constant time. */
    static long isZeroMask(long[] a) {
        long v = a[0] | a[1] | a[2] | a[3];
        return ((v | -v) >>> 63) - 1;
    }
}
