package dev.citadel.corecrypto.internal.ec.curve25519;

/**
 * GF(2^255 − 19) on five 51-bit limbs in {@code long[5]}, little-endian: a = Σ aᵢ·2^(51·i). Constant
 * time throughout: no branch, index or loop bound depends on a limb value.
 *
 * <p>Limb bounds (the caller's contract, checked by the formulas' comments):
 * <ul>
 *   <li><em>reduced</em>: every limb below 2^51 + 2^18 — the output of {@link #mul}, {@link #sqr},
 *       {@link #sub}, {@link #mulSmall}, {@link #carry} and {@link #decode};</li>
 *   <li>inputs of {@link #mul} and {@link #sqr}: every limb below 2^53, so the sum of up to three reduced
 *       values may be multiplied without a carry ({@link #add} does not carry);</li>
 *   <li>the subtrahend of {@link #sub}: every limb below 2^53 − 76 (it adds 4p).</li>
 * </ul>
 *
 * <p>Multiplication: each 51 × 51-bit (up to 53 × 57-bit) product fg is split as
 * fg = ⌊fg / 2^51⌋·2^51 + (fg mod 2^51). The high part is {@code Math.multiplyHigh(f << 9, g << 4)} (a
 * HotSpot intrinsic; the shifts keep both operands below 2^63), the low parts of a column are summed
 * modulo 2^64 and recovered exactly as Σ fg − 2^51·Σ⌊fg / 2^51⌋, which is below 5·2^51 (squaring masks
 * each of its three low parts per column instead: measured faster there). Products that
 * wrap past 2^255 carry the factor 19 (2^255 ≡ 19). 50 multiplications per product, 30 per square:
 * 16 ns per product here against 23 ns for BouncyCastle's {@code X25519Field} (10 × 25.5-bit limbs) and
 * 31 ns for ref10's layout in {@code long}s (docs/crypto-engines.md, "Ed25519 and X25519").
 */
final class Field25519 {

    static final long MASK = (1L << 51) - 1;
    /** 4p in limbs (2^53 − 76, 2^53 − 4, …): added before subtracting, so limbs stay non-negative. */
    static final long[] FOUR_P = {0x1fffffffffffb4L, 0x1ffffffffffffcL, 0x1ffffffffffffcL, 0x1ffffffffffffcL, 0x1ffffffffffffcL};

    private Field25519() {}

    static long[] create() {
        return new long[5];
    }

    static void zero(long[] h) {
        h[0] = 0;
        h[1] = 0;
        h[2] = 0;
        h[3] = 0;
        h[4] = 0;
    }

    static void one(long[] h) {
        h[0] = 1;
        h[1] = 0;
        h[2] = 0;
        h[3] = 0;
        h[4] = 0;
    }

    static void copy(long[] h, long[] f) {
        System.arraycopy(f, 0, h, 0, 5);
    }

    /** h = f + g, limb by limb, without carrying. */
    static void add(long[] h, long[] f, long[] g) {
        h[0] = f[0] + g[0];
        h[1] = f[1] + g[1];
        h[2] = f[2] + g[2];
        h[3] = f[3] + g[3];
        h[4] = f[4] + g[4];
    }

    /** h = f − g + 4p, reduced. */
    static void sub(long[] h, long[] f, long[] g) {
        carry(h, f[0] - g[0] + 0x1fffffffffffb4L, f[1] - g[1] + 0x1ffffffffffffcL, f[2] - g[2] + 0x1ffffffffffffcL,
                f[3] - g[3] + 0x1ffffffffffffcL, f[4] - g[4] + 0x1ffffffffffffcL);
    }

    /** h = −f, reduced (f reduced). */
    static void neg(long[] h, long[] f) {
        carry(h, 0x1fffffffffffb4L - f[0], 0x1ffffffffffffcL - f[1], 0x1ffffffffffffcL - f[2],
                0x1ffffffffffffcL - f[3], 0x1ffffffffffffcL - f[4]);
    }

    /** Reduces the limbs of h (each below 2^63) to the reduced bound. */
    static void carry(long[] h) {
        carry(h, h[0], h[1], h[2], h[3], h[4]);
    }

    /** One parallel carry step: each limb keeps 51 bits and passes the rest up (the top one times 19). */
    private static void carry(long[] h, long r0, long r1, long r2, long r3, long r4) {
        long c0 = r0 >>> 51;
        long c1 = r1 >>> 51;
        long c2 = r2 >>> 51;
        long c3 = r3 >>> 51;
        long c4 = r4 >>> 51;
        h[0] = (r0 & MASK) + 19 * c4;
        h[1] = (r1 & MASK) + c0;
        h[2] = (r2 & MASK) + c1;
        h[3] = (r3 & MASK) + c2;
        h[4] = (r4 & MASK) + c3;
    }

    /**
     * Column k of a product: lo = Σ (fᵢ·gⱼ mod 2^51) &lt; 5·2^51, up = Σ ⌊fᵢ·gⱼ / 2^51⌋ &lt; 2^61.6; the
     * result limbs are lo_k + up_(k−1), with up_4 wrapping to limb 0 times 19.
     */
    private static void finish(long[] h, long c0, long u0, long c1, long u1, long c2, long u2, long c3, long u3, long c4, long u4) {
        long r0 = c0 - (u0 << 51) + 19 * u4; // u4 < 2^57.3: column 4 has no factor 19
        long r1 = c1 - (u1 << 51) + u0;
        long r2 = c2 - (u2 << 51) + u1;
        long r3 = c3 - (u3 << 51) + u2;
        long r4 = c4 - (u4 << 51) + u3;
        carry(h, r0, r1, r2, r3, r4);
    }

    /** h = f·g (inputs below 2^53 per limb), reduced. h may alias f or g. */
    static void mul(long[] h, long[] f, long[] g) {
        long f0 = f[0], f1 = f[1], f2 = f[2], f3 = f[3], f4 = f[4];
        long g0 = g[0], g1 = g[1], g2 = g[2], g3 = g[3], g4 = g[4];
        long s1 = 19 * g1, s2 = 19 * g2, s3 = 19 * g3, s4 = 19 * g4;
        // operands pre-shifted so that multiplyHigh(F, G) = ⌊f·g / 2^51⌋: 9 + 4 = 64 − 51 bits
        long ff0 = f0 << 9, ff1 = f1 << 9, ff2 = f2 << 9, ff3 = f3 << 9, ff4 = f4 << 9;
        long gg0 = g0 << 4, gg1 = g1 << 4, gg2 = g2 << 4, gg3 = g3 << 4, gg4 = g4 << 4;
        long ss1 = s1 << 4, ss2 = s2 << 4, ss3 = s3 << 4, ss4 = s4 << 4;

        long c0 = f0 * g0 + f1 * s4 + f2 * s3 + f3 * s2 + f4 * s1;
        long u0 = Math.multiplyHigh(ff0, gg0) + Math.multiplyHigh(ff1, ss4) + Math.multiplyHigh(ff2, ss3)
                + Math.multiplyHigh(ff3, ss2) + Math.multiplyHigh(ff4, ss1);
        long c1 = f0 * g1 + f1 * g0 + f2 * s4 + f3 * s3 + f4 * s2;
        long u1 = Math.multiplyHigh(ff0, gg1) + Math.multiplyHigh(ff1, gg0) + Math.multiplyHigh(ff2, ss4)
                + Math.multiplyHigh(ff3, ss3) + Math.multiplyHigh(ff4, ss2);
        long c2 = f0 * g2 + f1 * g1 + f2 * g0 + f3 * s4 + f4 * s3;
        long u2 = Math.multiplyHigh(ff0, gg2) + Math.multiplyHigh(ff1, gg1) + Math.multiplyHigh(ff2, gg0)
                + Math.multiplyHigh(ff3, ss4) + Math.multiplyHigh(ff4, ss3);
        long c3 = f0 * g3 + f1 * g2 + f2 * g1 + f3 * g0 + f4 * s4;
        long u3 = Math.multiplyHigh(ff0, gg3) + Math.multiplyHigh(ff1, gg2) + Math.multiplyHigh(ff2, gg1)
                + Math.multiplyHigh(ff3, gg0) + Math.multiplyHigh(ff4, ss4);
        long c4 = f0 * g4 + f1 * g3 + f2 * g2 + f3 * g1 + f4 * g0;
        long u4 = Math.multiplyHigh(ff0, gg4) + Math.multiplyHigh(ff1, gg3) + Math.multiplyHigh(ff2, gg2)
                + Math.multiplyHigh(ff3, gg1) + Math.multiplyHigh(ff4, gg0);
        finish(h, c0, u0, c1, u1, c2, u2, c3, u3, c4, u4);
    }

    /** h = f² (input below 2^53 per limb), reduced. h may alias f. */
    static void sqr(long[] h, long[] f) {
        long f0 = f[0], f1 = f[1], f2 = f[2], f3 = f[3], f4 = f[4];
        long d0 = 2 * f0, d1 = 2 * f1;
        long s3 = 19 * f3, s4 = 19 * f4, t3 = 2 * s3, t4 = 2 * s4;
        long ff0 = f0 << 9, ff1 = f1 << 9, ff2 = f2 << 9, ff3 = f3 << 9, ff4 = f4 << 9;
        long gg0 = f0 << 4, gg1 = f1 << 4, gg2 = f2 << 4, dd0 = d0 << 4, dd1 = d1 << 4;
        long ss3 = s3 << 4, ss4 = s4 << 4, tt3 = t3 << 4, tt4 = t4 << 4;

        // three products per column: masking each low part (no subtraction of the high parts) measured faster
        long r0 = (f0 * f0 & MASK) + (f1 * t4 & MASK) + (f2 * t3 & MASK);
        long u0 = Math.multiplyHigh(ff0, gg0) + Math.multiplyHigh(ff1, tt4) + Math.multiplyHigh(ff2, tt3);
        long r1 = (f1 * d0 & MASK) + (f2 * t4 & MASK) + (f3 * s3 & MASK);
        long u1 = Math.multiplyHigh(ff1, dd0) + Math.multiplyHigh(ff2, tt4) + Math.multiplyHigh(ff3, ss3);
        long r2 = (f2 * d0 & MASK) + (f1 * f1 & MASK) + (f3 * t4 & MASK);
        long u2 = Math.multiplyHigh(ff2, dd0) + Math.multiplyHigh(ff1, gg1) + Math.multiplyHigh(ff3, tt4);
        long r3 = (f3 * d0 & MASK) + (f2 * d1 & MASK) + (f4 * s4 & MASK);
        long u3 = Math.multiplyHigh(ff3, dd0) + Math.multiplyHigh(ff2, dd1) + Math.multiplyHigh(ff4, ss4);
        long r4 = (f4 * d0 & MASK) + (f3 * d1 & MASK) + (f2 * f2 & MASK);
        long u4 = Math.multiplyHigh(ff4, dd0) + Math.multiplyHigh(ff3, dd1) + Math.multiplyHigh(ff2, gg2);
        carry(h, r0 + 19 * u4, r1 + u0, r2 + u1, r3 + u2, r4 + u3);
    }

    /** h = f^(2^n) (n ≥ 1, public). */
    static void sqr(long[] h, long[] f, int n) {
        sqr(h, f);
        for (int i = 1; i < n; i++) {
            sqr(h, h);
        }
    }

    /** h = f·c for a constant 0 &lt; c &lt; 2^20 (f reduced), reduced. */
    static void mulSmall(long[] h, long[] f, long c) {
        long cc = c << 4;
        long u0 = Math.multiplyHigh(f[0] << 9, cc);
        long u1 = Math.multiplyHigh(f[1] << 9, cc);
        long u2 = Math.multiplyHigh(f[2] << 9, cc);
        long u3 = Math.multiplyHigh(f[3] << 9, cc);
        long u4 = Math.multiplyHigh(f[4] << 9, cc);
        carry(h, (f[0] * c & MASK) + 19 * u4, (f[1] * c & MASK) + u0, (f[2] * c & MASK) + u1,
                (f[3] * c & MASK) + u2, (f[4] * c & MASK) + u3);
    }

    /** Swaps f and g when mask is all ones; leaves them when it is zero. */
    static void cswap(long[] f, long[] g, long mask) {
        for (int i = 0; i < 5; i++) {
            long t = (f[i] ^ g[i]) & mask;
            f[i] ^= t;
            g[i] ^= t;
        }
    }

    /** The canonical limbs of f (in [0, p), each below 2^51) in h. */
    static void canonical(long[] h, long[] f) {
        carry(h, f[0], f[1], f[2], f[3], f[4]); // value now below 2^255 + 2^222 < 2p − 19
        long h0 = h[0], h1 = h[1], h2 = h[2], h3 = h[3], h4 = h[4];
        // q = ⌊(h + 19) / 2^255⌋ is 1 exactly when h ≥ p
        long q = (h0 + 19) >>> 51;
        q = (h1 + q) >>> 51;
        q = (h2 + q) >>> 51;
        q = (h3 + q) >>> 51;
        q = (h4 + q) >>> 51;
        h0 += 19 * q;
        h1 += h0 >>> 51;
        h0 &= MASK;
        h2 += h1 >>> 51;
        h1 &= MASK;
        h3 += h2 >>> 51;
        h2 &= MASK;
        h4 += h3 >>> 51;
        h3 &= MASK;
        h4 &= MASK; // drops the 2^255 subtracted along with the 19 added
        h[0] = h0;
        h[1] = h1;
        h[2] = h2;
        h[3] = h3;
        h[4] = h4;
    }

    /** The canonical 32-byte little-endian encoding of f (bit 255 clear). */
    static void encode(byte[] out, int offset, long[] f) {
        long[] h = new long[5];
        canonical(h, f);
        LittleEndian.putLong(out, offset, h[0] | h[1] << 51);
        LittleEndian.putLong(out, offset + 8, h[1] >>> 13 | h[2] << 38);
        LittleEndian.putLong(out, offset + 16, h[2] >>> 26 | h[3] << 25);
        LittleEndian.putLong(out, offset + 24, h[3] >>> 39 | h[4] << 12);
    }

    /** f from 32 little-endian bytes, bit 255 ignored (values up to 2^255 − 1, not reduced mod p). */
    static void decode(long[] h, byte[] in, int offset) {
        long l0 = LittleEndian.getLong(in, offset);
        long l1 = LittleEndian.getLong(in, offset + 8);
        long l2 = LittleEndian.getLong(in, offset + 16);
        long l3 = LittleEndian.getLong(in, offset + 24);
        h[0] = l0 & MASK;
        h[1] = (l0 >>> 51 | l1 << 13) & MASK;
        h[2] = (l1 >>> 38 | l2 << 26) & MASK;
        h[3] = (l2 >>> 25 | l3 << 39) & MASK;
        h[4] = (l3 >>> 12) & MASK;
    }

    /** 1 if f ≡ 0 (mod p), else 0; constant time. */
    static int isZero(long[] f) {
        long[] h = new long[5];
        canonical(h, f);
        long acc = h[0] | h[1] | h[2] | h[3] | h[4];
        return (int) (((acc | -acc) >>> 63) ^ 1);
    }

    /** The low bit of f's canonical value (RFC 8032's sign of x). */
    static int isNegative(long[] f) {
        long[] h = new long[5];
        canonical(h, f);
        return (int) (h[0] & 1);
    }

    /** 1 if f ≡ g (mod p), else 0; constant time. */
    static int equal(long[] f, long[] g) {
        long[] d = new long[5];
        sub(d, f, g);
        return isZero(d);
    }

    /** h = f⁻¹ = f^(p − 2) (0 maps to 0); 254 squarings and 11 multiplications. */
    static void invert(long[] h, long[] f) {
        long[] t0 = new long[5];
        long[] t1 = new long[5];
        long[] t2 = new long[5];
        long[] t3 = new long[5];
        sqr(t0, f); // 2
        sqr(t1, t0, 2); // 8
        mul(t1, f, t1); // 9
        mul(t0, t0, t1); // 11
        sqr(t2, t0); // 22
        mul(t1, t1, t2); // 2^5 − 1
        pow2k1(t1, t2, t3); // t1 = 2^250 − 1
        sqr(t1, t1, 5); // 2^255 − 2^5
        mul(h, t1, t0); // 2^255 − 21 = p − 2
    }

    /** h = f^((p − 5) / 8) = f^(2^252 − 3), for square roots; 252 squarings and 11 multiplications. */
    static void pow22523(long[] h, long[] f) {
        long[] t0 = new long[5];
        long[] t1 = new long[5];
        long[] t2 = new long[5];
        long[] t3 = new long[5];
        sqr(t0, f); // 2
        sqr(t1, t0, 2); // 8
        mul(t1, f, t1); // 9
        mul(t0, t0, t1); // 11
        sqr(t0, t0); // 22
        mul(t1, t1, t0); // 2^5 − 1
        pow2k1(t1, t2, t3); // 2^250 − 1
        sqr(t1, t1, 2); // 2^252 − 4
        mul(h, t1, f); // 2^252 − 3
    }

    /** From a = f^(2^5 − 1) in t1, leaves f^(2^250 − 1) in t1 (t2, t3 scratch). */
    private static void pow2k1(long[] t1, long[] t2, long[] t3) {
        sqr(t2, t1, 5);
        mul(t1, t2, t1); // 2^10 − 1
        sqr(t2, t1, 10);
        mul(t2, t2, t1); // 2^20 − 1
        sqr(t3, t2, 20);
        mul(t2, t3, t2); // 2^40 − 1
        sqr(t2, t2, 10);
        mul(t1, t2, t1); // 2^50 − 1
        sqr(t2, t1, 50);
        mul(t2, t2, t1); // 2^100 − 1
        sqr(t3, t2, 100);
        mul(t2, t3, t2); // 2^200 − 1
        sqr(t2, t2, 50);
        mul(t1, t2, t1); // 2^250 − 1
    }
}
