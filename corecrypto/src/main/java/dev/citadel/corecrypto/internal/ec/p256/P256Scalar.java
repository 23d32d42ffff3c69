package dev.citadel.corecrypto.internal.ec.p256;

/** Arithmetic modulo the group order n in the Montgomery domain. Constant time. */
final class P256Scalar {

    /** n − 2, the Fermat inversion exponent (public). */
    private static final long[] N_MINUS_2 = {0xf3b9cac2fc63254fL, 0xbce6faada7179e84L, 0xffffffffffffffffL, 0xffffffff00000000L};
    private static final long[] ONE_PLAIN = {1, 0, 0, 0};

    static final long[] ORDER = P256ScalarArithmetic.MODULUS;

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

    /** r = a⁻¹ mod n by Fermat, constant time. */
    static void invert(long[] r, long[] a) {
        P256Field.pow(r, a, N_MINUS_2, P256ScalarArithmetic::mul);
    }
}
