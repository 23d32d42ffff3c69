package dev.citadel.corecrypto.internal.ec.p256;

/**
 * Multiplication in GF(p) for P-256 by the NIST fast reduction (FIPS 186-5 / SP 800-186 §G.1.2, after
 * Solinas): the 512-bit product is accumulated in 32-bit columns of 64-bit sums (no carry detection), then
 * reduced with the word-level identity T + 2S₁ + 2S₂ + S₃ + S₄ − D₁ − D₂ − D₃ − D₄, two folds of the
 * bits above 2^256 (2^256 ≡ 2^224 − 2^192 − 2^96 + 1) and one masked subtraction of p.
 *
 * <p>Constant time: signed shifts and masks only, no branches, no data-dependent indices. Elements are
 * plain (not Montgomery) residues in [0, p), 4 × 64-bit little-endian limbs; outputs may alias inputs.
 */
final class P256FieldMul {

    private static final long M32 = 0xffffffffL;

    private P256FieldMul() {}

    /** r = a·b mod p. */
    static void mul(long[] r, long[] a, long[] b) {
        long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
        long b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3];
        long c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0;
        long c8 = 0, c9 = 0, c10 = 0, c11 = 0, c12 = 0, c13 = 0, c14 = 0, c15 = 0;
        long p, h;
        p = a0 * b0; h = Math.unsignedMultiplyHigh(a0, b0); c0 += p & M32; c1 += p >>> 32; c2 += h & M32; c3 += h >>> 32;
        p = a0 * b1; h = Math.unsignedMultiplyHigh(a0, b1); c2 += p & M32; c3 += p >>> 32; c4 += h & M32; c5 += h >>> 32;
        p = a0 * b2; h = Math.unsignedMultiplyHigh(a0, b2); c4 += p & M32; c5 += p >>> 32; c6 += h & M32; c7 += h >>> 32;
        p = a0 * b3; h = Math.unsignedMultiplyHigh(a0, b3); c6 += p & M32; c7 += p >>> 32; c8 += h & M32; c9 += h >>> 32;
        p = a1 * b0; h = Math.unsignedMultiplyHigh(a1, b0); c2 += p & M32; c3 += p >>> 32; c4 += h & M32; c5 += h >>> 32;
        p = a1 * b1; h = Math.unsignedMultiplyHigh(a1, b1); c4 += p & M32; c5 += p >>> 32; c6 += h & M32; c7 += h >>> 32;
        p = a1 * b2; h = Math.unsignedMultiplyHigh(a1, b2); c6 += p & M32; c7 += p >>> 32; c8 += h & M32; c9 += h >>> 32;
        p = a1 * b3; h = Math.unsignedMultiplyHigh(a1, b3); c8 += p & M32; c9 += p >>> 32; c10 += h & M32; c11 += h >>> 32;
        p = a2 * b0; h = Math.unsignedMultiplyHigh(a2, b0); c4 += p & M32; c5 += p >>> 32; c6 += h & M32; c7 += h >>> 32;
        p = a2 * b1; h = Math.unsignedMultiplyHigh(a2, b1); c6 += p & M32; c7 += p >>> 32; c8 += h & M32; c9 += h >>> 32;
        p = a2 * b2; h = Math.unsignedMultiplyHigh(a2, b2); c8 += p & M32; c9 += p >>> 32; c10 += h & M32; c11 += h >>> 32;
        p = a2 * b3; h = Math.unsignedMultiplyHigh(a2, b3); c10 += p & M32; c11 += p >>> 32; c12 += h & M32; c13 += h >>> 32;
        p = a3 * b0; h = Math.unsignedMultiplyHigh(a3, b0); c6 += p & M32; c7 += p >>> 32; c8 += h & M32; c9 += h >>> 32;
        p = a3 * b1; h = Math.unsignedMultiplyHigh(a3, b1); c8 += p & M32; c9 += p >>> 32; c10 += h & M32; c11 += h >>> 32;
        p = a3 * b2; h = Math.unsignedMultiplyHigh(a3, b2); c10 += p & M32; c11 += p >>> 32; c12 += h & M32; c13 += h >>> 32;
        p = a3 * b3; h = Math.unsignedMultiplyHigh(a3, b3); c12 += p & M32; c13 += p >>> 32; c14 += h & M32; c15 += h >>> 32;
        c1 += c0 >>> 32; c0 &= M32;
        c2 += c1 >>> 32; c1 &= M32;
        c3 += c2 >>> 32; c2 &= M32;
        c4 += c3 >>> 32; c3 &= M32;
        c5 += c4 >>> 32; c4 &= M32;
        c6 += c5 >>> 32; c5 &= M32;
        c7 += c6 >>> 32; c6 &= M32;
        c8 += c7 >>> 32; c7 &= M32;
        c9 += c8 >>> 32; c8 &= M32;
        c10 += c9 >>> 32; c9 &= M32;
        c11 += c10 >>> 32; c10 &= M32;
        c12 += c11 >>> 32; c11 &= M32;
        c13 += c12 >>> 32; c12 &= M32;
        c14 += c13 >>> 32; c13 &= M32;
        c15 += c14 >>> 32; c14 &= M32;
        reduce(r, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15);
    }

    /** r = a² mod p. */
    static void sqr(long[] r, long[] a) {
        mul(r, a, a);
    }

    /** The product words A0..A15 (32 bits each) reduced mod p into r. */
    private static void reduce(long[] r, long a0, long a1, long a2, long a3, long a4, long a5, long a6, long a7,
            long a8, long a9, long a10, long a11, long a12, long a13, long a14, long a15) {
        long s0 = a0 + a8 + a9 - a11 - a12 - a13 - a14;
        long s1 = a1 + a9 + a10 - a12 - a13 - a14 - a15;
        long s2 = a2 + a10 + a11 - a13 - a14 - a15;
        long s3 = a3 + 2 * a11 + 2 * a12 + a13 - a15 - a8 - a9;
        long s4 = a4 + 2 * a12 + 2 * a13 + a14 - a9 - a10;
        long s5 = a5 + 2 * a13 + 2 * a14 + a15 - a10 - a11;
        long s6 = a6 + 3 * a14 + 2 * a15 + a13 - a8 - a9;
        long s7 = a7 + 3 * a15 + a8 - a10 - a11 - a12 - a13;
        long top;
        for (int pass = 0; pass < 2; pass++) { // fixed count: the first fold leaves |top| ≤ 1, the second 0
            s1 += s0 >> 32; s0 &= M32;
            s2 += s1 >> 32; s1 &= M32;
            s3 += s2 >> 32; s2 &= M32;
            s4 += s3 >> 32; s3 &= M32;
            s5 += s4 >> 32; s4 &= M32;
            s6 += s5 >> 32; s5 &= M32;
            s7 += s6 >> 32; s6 &= M32;
            top = s7 >> 32;
            s7 &= M32;
            s0 += top;
            s3 -= top;
            s6 -= top;
            s7 += top;
        }
        s1 += s0 >> 32; s0 &= M32;
        s2 += s1 >> 32; s1 &= M32;
        s3 += s2 >> 32; s2 &= M32;
        s4 += s3 >> 32; s3 &= M32;
        s5 += s4 >> 32; s4 &= M32;
        s6 += s5 >> 32; s5 &= M32;
        s7 += s6 >> 32; s6 &= M32;
        r[0] = s0 | (s1 << 32);
        r[1] = s2 | (s3 << 32);
        r[2] = s4 | (s5 << 32);
        r[3] = s6 | (s7 << 32);
        P256FieldArithmetic.reduce(r, r); // value < 2^256 < 2p: one masked subtraction
    }
}
