package dev.citadel.corecrypto.internal.ec.p384;

import dev.citadel.corecrypto.internal.ec.SafeGcd;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * GF(p) for P-384: {@code long[8]} elements of 52-bit limbs in the Montgomery domain R = 2^416, below 2p
 * (see {@link P384FieldArithmetic}, generated). Adds conversions, the canonical form, constant-time
 * selection and zero tests, and inversion. Constant time unless a method says VARIABLE TIME.
 */
final class P384Field {

    static final int LIMBS = 8;
    static final BigInteger P = BigInteger.ONE.shiftLeft(384).subtract(BigInteger.ONE.shiftLeft(128))
            .subtract(BigInteger.ONE.shiftLeft(96)).add(BigInteger.ONE.shiftLeft(32)).subtract(BigInteger.ONE);
    private static final long M52 = P384FieldArithmetic.M52;
    private static final long[] MODULUS = P384FieldArithmetic.MODULUS;
    private static final long[] PLAIN_ONE = {1, 0, 0, 0, 0, 0, 0, 0};
    private static final long[] ZERO = new long[LIMBS];
    private static final SafeGcd GCD = new SafeGcd(P);

    private P384Field() {}

    /** The Montgomery form of 1 (a fresh copy). */
    static long[] one() {
        return P384FieldArithmetic.ONE.clone();
    }

    static void mul(long[] r, long[] a, long[] b) {
        P384FieldArithmetic.mul(r, a, b);
    }

    static void sqr(long[] r, long[] a) {
        P384FieldArithmetic.sqr(r, a);
    }

    static void add(long[] r, long[] a, long[] b) {
        P384FieldArithmetic.add(r, a, b);
    }

    static void sub(long[] r, long[] a, long[] b) {
        P384FieldArithmetic.sub(r, a, b);
    }

    /** r = k·a for 0 ≤ k ≤ 8. */
    static void mulSmall(long[] r, long[] a, int k) {
        P384FieldArithmetic.mulSmall(r, a, k);
    }

    static void neg(long[] r, long[] a) {
        P384FieldArithmetic.sub(r, ZERO, a);
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
        mul(r, a, PLAIN_ONE); // at most p: a·1/R + p with a < 2p
        long[] d = new long[LIMBS];
        long carry = 0;
        for (int i = 0; i < LIMBS; i++) {
            long v = r[i] - MODULUS[i] + carry;
            d[i] = v & M52;
            carry = v >> 52;
        }
        long keep = carry >> 63; // r − p < 0: keep r
        for (int i = 0; i < LIMBS; i++) {
            r[i] = (r[i] & keep) | (d[i] & ~keep);
        }
    }

    /** A plain value below 2p (normalized limbs) into the Montgomery domain. */
    static void fromPlain(long[] r, long[] plain) {
        mul(r, plain, P384FieldArithmetic.R_SQUARED);
    }

    /** 48 big-endian bytes (a value below p) into the Montgomery domain. */
    static long[] fromBytes(byte[] in, int off) {
        long[] r = SafeGcd.relimb(P384Limbs.fromBytes(in, off), 64, 52, LIMBS);
        fromPlain(r, r);
        return r;
    }

    /** The canonical value of a as 48 big-endian bytes. */
    static void toBytes(long[] a, byte[] out, int off) {
        long[] t = new long[LIMBS];
        toPlain(t, a);
        P384Limbs.toBytes(SafeGcd.relimb(t, 52, 64, P384Limbs.LIMBS), out, off);
    }

    /** A public value in [0, p) into the Montgomery domain. */
    static long[] fromBigInteger(BigInteger v) {
        return fromBytes(P384Limbs.bytes(v), 0);
    }

    static BigInteger toBigInteger(long[] a) {
        byte[] b = new byte[P384Limbs.BYTES];
        toBytes(a, b, 0);
        return new BigInteger(1, b);
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
        Arrays.fill(plain, 0);
        Arrays.fill(x, 0);
        Arrays.fill(inv, 0);
        Arrays.fill(back, 0);
    }
}
