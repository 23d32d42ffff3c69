package dev.citadel.corecrypto.internal.ec.p256;

import dev.citadel.corecrypto.internal.ec.ScalarDigits;

/**
 * Constant-time scalar multiplication on P-256. Scalars are 32 big-endian bytes in [1, n), recoded into
 * signed (Booth) windows: digits in [−2^(w−1), 2^(w−1)], so a table holds only the multiples 1..2^(w−1)
 * and a digit's sign is a conditional negation of y.
 *
 * <ul>
 *   <li>{@link #base}: k·G with 43 windows of 6 bits and, for each window i, a table of
 *       j·2^(6i)·G (j = 1..32, affine, 107 KiB, built once): 42 mixed additions and no doublings.</li>
 *   <li>{@link #multiply}: k·P with 52 windows of 5 bits over a table of 1·P..16·P (affine, built from the
 *       public P once per key): 255 doublings and 51 mixed additions.</li>
 * </ul>
 *
 * <p>Every table read scans all entries and keeps the match with masks; the identity (an all-zero digit
 * prefix) and zero digits are handled by masked selects, so no branch, loop bound or memory index depends
 * on the scalar. The mixed-addition formula is incomplete, but for k in [1, n) its other exceptional
 * inputs (the accumulator equal or opposite to the table entry) cannot occur: docs/crypto-engines.md
 * ("Fast EC engine") has the argument. Both multipliers still collect the formula's "equal inputs" flag
 * and throw at the end if it was ever raised, so a violated precondition fails loudly instead of
 * returning a wrong point.
 */
final class P256Multiply {

    static final int ENTRY = 2 * P256Field.LIMBS; // affine x, y
    private static final int COMB_WIDTH = 6;
    private static final int COMB_WINDOWS = 43; // 43 · 6 = 258 ≥ 257 bits
    private static final int COMB_ENTRIES = 1 << (COMB_WIDTH - 1);
    private static final int WIDTH = 5;
    private static final int WINDOWS = 52; // 52 · 5 = 260 ≥ 257 bits
    private static final int ENTRIES = 1 << (WIDTH - 1);

    private P256Multiply() {}

    /** The comb table, built on first use (about 1,400 additions and one batch inversion per window). */
    private static final class BaseTable {
        static final long[][] TABLE = build();

        private static long[][] build() {
            P256Formulas f = new P256Formulas();
            long[][] table = new long[COMB_WINDOWS][];
            P256Point base = P256Point.affine(P256Curve.GX, P256Curve.GY);
            for (int i = 0; i < COMB_WINDOWS; i++) {
                P256Point[] multiples = new P256Point[COMB_ENTRIES];
                multiples[0] = new P256Point();
                multiples[0].set(base);
                multiples[1] = new P256Point();
                f.dbl(multiples[1], base);
                for (int j = 2; j < COMB_ENTRIES; j++) {
                    multiples[j] = new P256Point();
                    f.jadd(multiples[j], multiples[j - 1], base); // (j+1)·base, never an exceptional case
                }
                table[i] = limbMajor(P256Curve.normalize(multiples), COMB_ENTRIES);
                f.dbl(base, multiples[COMB_ENTRIES - 1]); // 2^6 · base
            }
            return table;
        }
    }

    /** 1 when a == b for 0 ≤ a, b < 2^31, else 0, without branches. */
    private static long equal(int a, int b) {
        return ((long) (a ^ b) - 1) >>> 63;
    }

    /** All ones when the (signed) digit d is 0, else zero, without branches. */
    private static long zeroMask(int d) {
        return ((long) (d | -d) >> 63) ^ -1L;
    }

    /**
     * Entry-major affine points (x then y per entry, as {@link P256Curve#normalize} returns them) to the
     * limb-major layout {@link #lookup} scans: limb l of entry j at {@code l·entries + j}, x limbs first.
     */
    private static long[] limbMajor(long[] entryMajor, int entries) {
        long[] t = new long[entryMajor.length];
        for (int j = 0; j < entries; j++) {
            for (int l = 0; l < ENTRY; l++) {
                t[l * entries + j] = entryMajor[j * ENTRY + l];
            }
        }
        return t;
    }

    /**
     * (x, y) = sign(d)·(|d|-th point of a limb-major table whose entry j holds (j+1)·P), zeros for d = 0.
     * Reads every entry and keeps the match with masks: constant time. The limb-major layout makes each
     * limb one masked OR-reduction over consecutive longs, about twice as fast as entry by entry.
     */
    private static void lookup(long[] table, int entries, int d, long[] x, long[] y, long[] masks, long[] scratch) {
        int sign = d >> 31;
        int magnitude = (d ^ sign) - sign;
        for (int j = 0; j < entries; j++) {
            masks[j] = -equal(magnitude, j + 1);
        }
        for (int l = 0; l < P256Field.LIMBS; l++) {
            long ax = 0;
            long ay = 0;
            int ox = l * entries;
            int oy = (l + P256Field.LIMBS) * entries;
            for (int j = 0; j < entries; j++) {
                long m = masks[j];
                ax |= table[ox + j] & m;
                ay |= table[oy + j] & m;
            }
            x[l] = ax;
            y[l] = ay;
        }
        P256Field.negateIf(y, sign, scratch);
    }

    /** k·G, k in [1, n). Constant time in k. */
    static P256Point base(byte[] k) {
        long[][] table = BaseTable.TABLE;
        P256Formulas f = new P256Formulas();
        long[] x = new long[P256Field.LIMBS];
        long[] y = new long[P256Field.LIMBS];
        long[] scratch = new long[P256Field.LIMBS];
        long[] masks = new long[COMB_ENTRIES];
        long[] one = P256Field.one();
        P256Point acc = new P256Point();
        P256Point sum = new P256Point();
        P256Point entry = new P256Point();
        int d = ScalarDigits.boothDigit(k, 0, COMB_WIDTH);
        lookup(table[0], COMB_ENTRIES, d, acc.x, acc.y, masks, scratch);
        long identity = zeroMask(d); // acc is the identity while every digit so far was zero
        P256Field.copy(acc.z, one);
        long anomaly = 0;
        for (int i = 1; i < COMB_WINDOWS; i++) {
            d = ScalarDigits.boothDigit(k, i, COMB_WIDTH);
            long zero = zeroMask(d);
            lookup(table[i], COMB_ENTRIES, d, x, y, masks, scratch);
            long doubling = f.madd(sum, acc, x, y);
            P256Field.copy(entry.x, x);
            P256Field.copy(entry.y, y);
            P256Field.copy(entry.z, one);
            sum.select(entry, identity);
            acc.select(sum, ~zero);
            anomaly |= doubling & ~identity & ~zero;
            identity &= zero;
        }
        P256Field.select(acc.z, new long[P256Field.LIMBS], identity);
        if (anomaly != 0) {
            throw new IllegalStateException("k·G met an exceptional addition: the scalar was not below n");
        }
        return acc;
    }

    /** The table of 1·P..16·P (affine) for {@link #multiply}. VARIABLE TIME in P (public). */
    static long[] multiplesTable(long[] px, long[] py) {
        P256Formulas f = new P256Formulas();
        P256Point p = P256Point.affine(px, py);
        P256Point[] multiples = new P256Point[ENTRIES];
        multiples[0] = p;
        for (int j = 1; j < ENTRIES; j++) {
            multiples[j] = new P256Point();
            if ((j & 1) == 1) {
                f.dbl(multiples[j], multiples[j >>> 1]); // 2·((j+1)/2)·P
            } else {
                f.madd(multiples[j], multiples[j - 1], px, py);
            }
        }
        return limbMajor(P256Curve.normalize(multiples), ENTRIES);
    }

    /** k·P for k in [1, n) and P on the curve, given P's {@link #multiplesTable}. Constant time in k. */
    static P256Point multiply(byte[] k, long[] table) {
        P256Formulas f = new P256Formulas();
        long[] x = new long[P256Field.LIMBS];
        long[] y = new long[P256Field.LIMBS];
        long[] scratch = new long[P256Field.LIMBS];
        long[] masks = new long[COMB_ENTRIES];
        long[] one = P256Field.one();
        P256Point acc = new P256Point();
        P256Point sum = new P256Point();
        P256Point entry = new P256Point();
        int d = ScalarDigits.boothDigit(k, WINDOWS - 1, WIDTH);
        lookup(table, ENTRIES, d, acc.x, acc.y, masks, scratch);
        P256Field.copy(acc.z, one);
        long identity = zeroMask(d);
        long anomaly = 0;
        for (int i = WINDOWS - 2; i >= 0; i--) {
            for (int s = 0; s < WIDTH; s++) {
                f.dbl(acc, acc);
            }
            d = ScalarDigits.boothDigit(k, i, WIDTH);
            long zero = zeroMask(d);
            lookup(table, ENTRIES, d, x, y, masks, scratch);
            long doubling = f.madd(sum, acc, x, y);
            P256Field.copy(entry.x, x);
            P256Field.copy(entry.y, y);
            P256Field.copy(entry.z, one);
            sum.select(entry, identity);
            acc.select(sum, ~zero);
            anomaly |= doubling & ~identity & ~zero;
            identity &= zero;
        }
        P256Field.select(acc.z, new long[P256Field.LIMBS], identity);
        if (anomaly != 0) {
            throw new IllegalStateException("k·P met an exceptional addition: the scalar was not below n");
        }
        return acc;
    }
}
