package dev.citadel.corecrypto.internal.ec.p384;

import dev.citadel.corecrypto.internal.ec.SafeGcd;
import java.math.BigInteger;
import java.util.Arrays;

/** Arithmetic modulo the group order n in the Montgomery domain (6 × 64-bit limbs). Constant time. */
final class P384Scalar {

    private static final long[] ONE_PLAIN = {1, 0, 0, 0, 0, 0};

    static final long[] ORDER = P384ScalarArithmetic.MODULUS;
    static final BigInteger N = P384Limbs.toBigInteger(ORDER);
    private static final SafeGcd GCD = new SafeGcd(N);

    private P384Scalar() {}

    /** Any 384-bit value (below 2n, which every 384-bit value is) reduced mod n, Montgomery domain. */
    static long[] toMontgomery(long[] plain) {
        long[] r = new long[P384Limbs.LIMBS];
        P384ScalarArithmetic.reduce(r, plain);
        P384ScalarArithmetic.mul(r, r, P384ScalarArithmetic.R_SQUARED);
        return r;
    }

    static long[] fromMontgomery(long[] a) {
        long[] r = new long[P384Limbs.LIMBS];
        P384ScalarArithmetic.mul(r, a, ONE_PLAIN);
        return r;
    }

    static void mul(long[] r, long[] a, long[] b) {
        P384ScalarArithmetic.mul(r, a, b);
    }

    static void add(long[] r, long[] a, long[] b) {
        P384ScalarArithmetic.add(r, a, b);
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
        long[] back = SafeGcd.relimb(inverse, 30, 64, P384Limbs.LIMBS);
        long[] m = toMontgomery(back);
        System.arraycopy(m, 0, r, 0, P384Limbs.LIMBS);
        Arrays.fill(plain, 0);
        Arrays.fill(x, 0);
        Arrays.fill(inverse, 0);
        Arrays.fill(back, 0);
        Arrays.fill(m, 0);
    }
}
