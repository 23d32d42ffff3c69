package dev.citadel.corecrypto.internal.ec.p256;

import dev.citadel.corecrypto.internal.ec.SafeGcd;
import java.math.BigInteger;

/**
 * GF(p) for P-256: {@code long[5]} elements of 52-bit limbs in the Montgomery domain R = 2^260, below 2p
 * (see {@link P256FieldArithmetic}, generated). This class adds what the generated core lacks:
 * conversions, the canonical form, constant-time selection and zero tests, and inversion. Constant time
 * unless a method says VARIABLE TIME.
 */
final class P256Field {

    static final int LIMBS = 5;
    static final BigInteger P = new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);
    private static final long M52 = P256FieldArithmetic.M52;
    private static final long[] MODULUS = P256FieldArithmetic.MODULUS;
    private static final long[] PLAIN_ONE = {1, 0, 0, 0, 0};
    private static final long[] ZERO = new long[LIMBS];
    private static final SafeGcd GCD = new SafeGcd(P);

    private P256Field() {}

    /** The Montgomery form of 1 (a fresh copy). */
    static long[] one() {
        return P256FieldArithmetic.ONE.clone();
    }

    static void mul(long[] r, long[] a, long[] b) {
        P256FieldArithmetic.mul(r, a, b);
    }

    static void sqr(long[] r, long[] a) {
        P256FieldArithmetic.sqr(r, a);
    }

    static void add(long[] r, long[] a, long[] b) {
        P256FieldArithmetic.add(r, a, b);
    }

    static void sub(long[] r, long[] a, long[] b) {
        P256FieldArithmetic.sub(r, a, b);
    }

    /** r = k·a for 0 ≤ k ≤ 8. */
    static void mulSmall(long[] r, long[] a, int k) {
        P256FieldArithmetic.mulSmall(r, a, k);
    }

    static void neg(long[] r, long[] a) {
        P256FieldArithmetic.sub(r, ZERO, a);
    }

    static void copy(long[] r, long[] a) {
        System.arraycopy(a, 0, r, 0, LIMBS);
    }

    /** r = mask ? a : r, for a mask of all ones or zero. */
    static void select(long[] r, long[] a, long mask) {
        for (int i = 0; i < LIMBS; i++) {
            r[i] ^= (r[i] ^ a[i]) & mask;
        }
    }

    /** r = mask ? −r : r, for a mask of all ones or zero. */
    static void negateIf(long[] r, long mask, long[] scratch) {
        neg(scratch, r);
        select(r, scratch, mask);
    }

    /** All ones when a ≡ 0 (a below 2p, so a is 0 or p), else zero. */
    static long isZeroMask(long[] a) {
        long zero = 0;
        long isP = 0;
        for (int i = 0; i < LIMBS; i++) {
            zero |= a[i];
            isP |= a[i] ^ MODULUS[i];
        }
        return ~(((zero | -zero) >> 63) & ((isP | -isP) >> 63)); // zero unless both differ from 0
    }

    /** All ones when a ≡ b, else zero. */
    static long equalMask(long[] a, long[] b, long[] scratch) {
        sub(scratch, a, b);
        return isZeroMask(scratch);
    }

    /** The canonical plain value of a (in [0, p), out of the Montgomery domain) into r. */
    static void toPlain(long[] r, long[] a) {
        mul(r, a, PLAIN_ONE); // below p + 1: a·1/R + p with a < 2p
        long d0 = r[0] - MODULUS[0], d1 = r[1] - MODULUS[1], d2 = r[2] - MODULUS[2], d3 = r[3] - MODULUS[3],
                d4 = r[4] - MODULUS[4];
        d1 += d0 >> 52;
        d0 &= M52;
        d2 += d1 >> 52;
        d1 &= M52;
        d3 += d2 >> 52;
        d2 &= M52;
        d4 += d3 >> 52;
        d3 &= M52;
        long keep = d4 >> 63; // r − p < 0: keep r
        r[0] = (r[0] & keep) | (d0 & ~keep);
        r[1] = (r[1] & keep) | (d1 & ~keep);
        r[2] = (r[2] & keep) | (d2 & ~keep);
        r[3] = (r[3] & keep) | (d3 & ~keep);
        r[4] = (r[4] & keep) | (d4 & ~keep);
    }

    /** A plain value below 2p (normalized limbs) into the Montgomery domain. */
    static void fromPlain(long[] r, long[] plain) {
        mul(r, plain, P256FieldArithmetic.R_SQUARED);
    }

    /** 32 big-endian bytes at {@code off} as plain 52-bit limbs (any 256-bit value). */
    static long[] plainFromBytes(byte[] in, int off) {
        long w0 = word(in, off + 24), w1 = word(in, off + 16), w2 = word(in, off + 8), w3 = word(in, off);
        return new long[] {w0 & M52, (w0 >>> 52 | w1 << 12) & M52, (w1 >>> 40 | w2 << 24) & M52,
            (w2 >>> 28 | w3 << 36) & M52, w3 >>> 16};
    }

    /** A plain value below 2^256 (normalized limbs) as 32 big-endian bytes at {@code off}. */
    static void plainToBytes(long[] a, byte[] out, int off) {
        putWord(out, off + 24, a[0] | a[1] << 52);
        putWord(out, off + 16, a[1] >>> 12 | a[2] << 40);
        putWord(out, off + 8, a[2] >>> 24 | a[3] << 28);
        putWord(out, off, a[3] >>> 36 | a[4] << 16);
    }

    /** 32 big-endian bytes (a value below p) into the Montgomery domain. */
    static long[] fromBytes(byte[] in, int off) {
        long[] r = plainFromBytes(in, off);
        fromPlain(r, r);
        return r;
    }

    /** The canonical value of a as 32 big-endian bytes. */
    static void toBytes(long[] a, byte[] out, int off) {
        long[] t = new long[LIMBS];
        toPlain(t, a);
        plainToBytes(t, out, off);
    }

    /** A public value in [0, p) into the Montgomery domain. */
    static long[] fromBigInteger(BigInteger v) {
        byte[] b = new byte[32];
        byte[] raw = v.toByteArray();
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, b, 32 - n, n);
        return fromBytes(b, 0);
    }

    static BigInteger toBigInteger(long[] a) {
        byte[] b = new byte[32];
        toBytes(a, b, 0);
        return new BigInteger(1, b);
    }

    /**
     * r = a^((p+1)/4), a square root of a if a is a square (p ≡ 3 mod 4); returns whether r² ≡ a. The chain
     * for (p+1)/4 = (2^32 − 1)·2^222 + 2^190 + 2^94 costs 253 squarings and 7 multiplications (the
     * BigInteger {@code modPow} it replaces is about ten times slower). Constant time up to the returned bit.
     */
    static boolean sqrt(long[] r, long[] a) {
        long[] x2 = new long[LIMBS];
        long[] x4 = new long[LIMBS];
        long[] x8 = new long[LIMBS];
        long[] x16 = new long[LIMBS];
        long[] x32 = new long[LIMBS];
        sqr(x2, a);
        mul(x2, x2, a); // a^(2^2 − 1)
        sqrTimes(x4, x2, 2);
        mul(x4, x4, x2); // a^(2^4 − 1)
        sqrTimes(x8, x4, 4);
        mul(x8, x8, x4); // a^(2^8 − 1)
        sqrTimes(x16, x8, 8);
        mul(x16, x16, x8); // a^(2^16 − 1)
        sqrTimes(x32, x16, 16);
        mul(x32, x32, x16); // a^(2^32 − 1)
        long[] t = new long[LIMBS];
        sqrTimes(t, x32, 32);
        mul(t, t, a); // a^((2^32 − 1)·2^32 + 1)
        sqrTimes(t, t, 96);
        mul(t, t, a); // a^((2^32 − 1)·2^128 + 2^96 + 1)
        sqrTimes(t, t, 94);
        copy(r, t);
        sqr(t, r);
        return equalMask(t, a, x2) != 0;
    }

    private static void sqrTimes(long[] r, long[] a, int times) {
        sqr(r, a);
        for (int i = 1; i < times; i++) {
            sqr(r, r);
        }
    }

    /** r = a⁻¹ (0 for 0). Constant time. */
    static void invert(long[] r, long[] a) {
        invert(r, a, false);
    }

    /** r = a⁻¹ (0 for 0). VARIABLE TIME: public values only. */
    static void invertVartime(long[] r, long[] a) {
        invert(r, a, true);
    }

    private static void invert(long[] r, long[] a, boolean vartime) {
        long[] plain = new long[LIMBS];
        toPlain(plain, a);
        long[] x = SafeGcd.relimb(plain, 52, 30, GCD.limbs());
        long[] inv = vartime ? GCD.invertVartime(x) : GCD.invert(x);
        long[] back = SafeGcd.relimb(inv, 30, 52, LIMBS);
        fromPlain(r, back); // v⁻¹ (plain, below p) to v⁻¹·R
        java.util.Arrays.fill(plain, 0);
        java.util.Arrays.fill(x, 0);
        java.util.Arrays.fill(inv, 0);
    }

    private static long word(byte[] in, int off) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | (in[off + i] & 0xff);
        }
        return v;
    }

    private static void putWord(byte[] out, int off, long v) {
        for (int i = 7; i >= 0; i--) {
            out[off + i] = (byte) v;
            v >>>= 8;
        }
    }
}
