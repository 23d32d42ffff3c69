package dev.citadel.corecrypto.internal.ec.p384;

import java.math.BigInteger;

/** Conversions between 48 big-endian bytes, {@link BigInteger} and 6 × 64-bit little-endian limbs. */
final class P384Limbs {

    static final int LIMBS = 6;
    static final int BYTES = 48;

    private P384Limbs() {}

    /** 48 big-endian bytes at {@code off} to limbs. Timing depends on the length only. */
    static long[] fromBytes(byte[] in, int off) {
        long[] r = new long[LIMBS];
        for (int i = 0; i < LIMBS; i++) {
            long v = 0;
            for (int j = 0; j < 8; j++) {
                v = (v << 8) | (in[off + 8 * (LIMBS - 1 - i) + j] & 0xff);
            }
            r[i] = v;
        }
        return r;
    }

    /** Limbs to 48 big-endian bytes at {@code off}. */
    static void toBytes(long[] a, byte[] out, int off) {
        for (int i = 0; i < LIMBS; i++) {
            long v = a[i];
            for (int j = 7; j >= 0; j--) {
                out[off + 8 * (LIMBS - 1 - i) + j] = (byte) v;
                v >>>= 8;
            }
        }
    }

    /** A public value below 2^384 as 48 big-endian bytes. */
    static byte[] bytes(BigInteger v) {
        byte[] b = v.toByteArray();
        byte[] fixed = new byte[BYTES];
        int n = Math.min(b.length, BYTES);
        System.arraycopy(b, b.length - n, fixed, BYTES - n, n);
        return fixed;
    }

    static BigInteger toBigInteger(long[] a) {
        byte[] b = new byte[BYTES];
        toBytes(a, b, 0);
        return new BigInteger(1, b);
    }

    /** All ones when a < m (as 384-bit unsigned integers), else zero. Constant time. */
    static long lessThanMask(long[] a, long[] m) {
        long borrow = 0;
        for (int i = 0; i < LIMBS; i++) {
            long x = a[i], y = m[i];
            long d = x - y;
            long u = d - borrow;
            borrow = (((~x & y) | (~(x ^ y) & d)) >>> 63) | (((~d & borrow) | (~(d ^ borrow) & u)) >>> 63);
        }
        return -borrow;
    }

    /** All ones when a is zero, else zero. Constant time. */
    static long isZeroMask(long[] a) {
        long v = 0;
        for (long l : a) {
            v |= l;
        }
        return ((v | -v) >>> 63) - 1;
    }
}
