package dev.citadel.corecrypto.internal.ec.p256;

import java.math.BigInteger;

/**
 * GF(p) for P-256 for the constant-time paths: plain residues in [0, p) as 4 × 64-bit limbs,
 * multiplication by the NIST fast reduction ({@link P256FieldMul}), addition and subtraction from the
 * generated core ({@link P256FieldArithmetic}), Fermat inversion. Constant time throughout.
 */
final class P256Field {

    /** p − 2, the Fermat inversion exponent (public). */
    private static final long[] P_MINUS_2 = {0xfffffffffffffffdL, 0x00000000ffffffffL, 0x0000000000000000L, 0xffffffff00000001L};
    static final long[] ONE = {1, 0, 0, 0};

    private P256Field() {}

    static void mul(long[] r, long[] a, long[] b) {
        P256FieldMul.mul(r, a, b);
    }

    static void sqr(long[] r, long[] a) {
        P256FieldMul.mul(r, a, a);
    }

    static void add(long[] r, long[] a, long[] b) {
        P256FieldArithmetic.add(r, a, b);
    }

    static void sub(long[] r, long[] a, long[] b) {
        P256FieldArithmetic.sub(r, a, b);
    }

    static long[] fromBigInteger(BigInteger v) {
        return Limbs.fromBigInteger(v);
    }

    static BigInteger toBigInteger(long[] a) {
        return Limbs.toBigInteger(a);
    }

    /** r = a⁻¹ (0 maps to 0), by Fermat: a^(p−2). Constant time. */
    static void invert(long[] r, long[] a) {
        pow(r, a, P_MINUS_2, P256FieldMul::mul);
    }

    /** A Montgomery multiplication, so {@link #pow} serves both the field and the scalar ring. */
    interface Mul {
        void mul(long[] r, long[] a, long[] b);
    }

    /**
     * r = a^e with fixed 4-bit windows. The exponent is public (branches on it are fine); the base is
     * secret and every window costs the same four squarings and one multiplication.
     */
    static void pow(long[] r, long[] a, long[] e, Mul m) {
        long[][] table = new long[16][];
        table[1] = a.clone();
        for (int i = 2; i < 16; i++) {
            table[i] = new long[4];
            m.mul(table[i], table[i - 1], a);
        }
        long[] acc = null;
        for (int i = 63; i >= 0; i--) {
            int digit = (int) (e[i >>> 4] >>> (4 * (i & 15))) & 15;
            if (acc == null) {
                acc = table[digit].clone(); // the top digit of p − 2 and n − 2 is 15, never 0
                continue;
            }
            for (int k = 0; k < 4; k++) {
                m.mul(acc, acc, acc);
            }
            if (digit != 0) {
                m.mul(acc, acc, table[digit]);
            }
        }
        System.arraycopy(acc, 0, r, 0, 4);
    }
}
