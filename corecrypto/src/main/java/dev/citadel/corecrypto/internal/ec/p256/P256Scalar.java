package dev.citadel.corecrypto.internal.ec.p256;

import dev.citadel.corecrypto.internal.ec.SafeGcd;
import java.math.BigInteger;
import java.util.Arrays;

/** Arithmetic modulo the group order n in the Montgomery domain (4 × 64-bit limbs). Constant time. */
final class P256Scalar {

    private static final long[] ONE_PLAIN = {1, 0, 0, 0};

    static final long[] ORDER = P256ScalarArithmetic.MODULUS;
    static final BigInteger N = Limbs.toBigInteger(ORDER);
    private static final SafeGcd GCD = new SafeGcd(N);

    private P256Scalar() {}

    /** Any 256-bit value (below 2n, which every 256-bit value is) reduced mod n, Montgomery domain. */
    static long[] toMontgomery(long[] plain) {
        long[] r = new long[4];
        P256ScalarArithmetic.reduce(r, plain);
        P256ScalarArithmetic.mul(r, r, P256ScalarArithmetic.R_SQUARED);
        return r;
    }

    static long[] fromMontgomery(long[] a) {
        long[] r = new long[4];
        P256ScalarArithmetic.mul(r, a, ONE_PLAIN);
        return r;
    }

    static void mul(long[] r, long[] a, long[] b) {
        P256ScalarArithmetic.mul(r, a, b);
    }

    static void add(long[] r, long[] a, long[] b) {
        P256ScalarArithmetic.add(r, a, b);
    }

    /** r = a⁻¹ mod n (Montgomery domain in and out; 0 for 0). Constant time. */
    static void invert(long[] r, long[] a) {
        invert(r, a, false);
    }

    /** r = a⁻¹ mod n (Montgomery domain in and out). VARIABLE TIME: public values only. */
    static void invertVartime(long[] r, long[] a) {
        invert(r, a, true);
    }

    private static void invert(long[] r, long[] a, boolean vartime) {
        long[] plain = fromMontgomery(a);
        long[] x = SafeGcd.relimb(plain, 64, 30, GCD.limbs());
        long[] inverse = vartime ? GCD.invertVartime(x) : GCD.invert(x);
        long[] back = SafeGcd.relimb(inverse, 30, 64, 4);
        long[] m = toMontgomery(back);
        System.arraycopy(m, 0, r, 0, 4);
        Arrays.fill(plain, 0);
        Arrays.fill(x, 0);
        Arrays.fill(inverse, 0);
        Arrays.fill(back, 0);
        Arrays.fill(m, 0);
    }
}
