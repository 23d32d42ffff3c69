package dev.citadel.corecrypto.internal.ec.p256;

import dev.citadel.corecrypto.internal.ec.ScalarDigits;

/**
 * u1·G + u2·Q for ECDSA verification, in Jacobian coordinates (the caller compares x = X/Z² without an
 * inversion). VARIABLE TIME: every input is public (the key, the message digest, the signature), so
 * zero digits are skipped, tables are indexed directly and exceptional additions take branches.
 *
 * <ul>
 *   <li>A fresh key: interleaved width-w NAFs (Straus–Shamir), one chain of 256 doublings. u2 uses odd
 *       multiples Q, 3Q, …, 15Q (w = 5, made affine with one inversion), u1 the static odd multiples
 *       G, …, 127G (w = 8).</li>
 *   <li>A {@link Prepared} key (built once, then reused: see {@code P256.PublicKey}): each scalar's NAF is
 *       cut into 8 chunks of 32 digits, so u·P = Σ u_j·(2^(32j)·P) and the chain has 33 doublings. The key
 *       holds 16 odd multiples of each 2^(32j)·Q (w = 6, 10 KiB), the static table 64 of each 2^(32j)·G
 *       (w = 8, 40 KiB).</li>
 * </ul>
 */
final class P256Verify {

    private static final int ENTRY = P256Multiply.ENTRY;
    private static final int CHUNKS = 8;
    private static final int CHUNK_BITS = 32;
    private static final int G_WIDTH = 8;
    private static final int Q_WIDTH = 5;
    private static final int PREPARED_WIDTH = 6;
    private static final int NAF_LENGTH = 257;

    private P256Verify() {}

    /** Odd multiples of 2^(32j)·G, j = 0..7, for width-8 NAF digits. */
    private static final class GTables {
        static final long[][] TABLE = build();

        private static long[][] build() {
            P256Formulas f = new P256Formulas();
            long[][] tables = new long[CHUNKS][];
            P256Point base = P256Point.affine(P256Curve.GX, P256Curve.GY);
            for (int j = 0; j < CHUNKS; j++) {
                tables[j] = oddMultiples(f, base, 1 << (G_WIDTH - 2));
                for (int s = 0; s < CHUNK_BITS; s++) {
                    f.dbl(base, base);
                }
            }
            return tables;
        }
    }

    /** Per-key tables for repeated verification with the same Q (immutable once built). */
    static final class Prepared {
        private final long[][] tables;

        private Prepared(long[][] tables) {
            this.tables = tables;
        }
    }

    /** The {@link Prepared} tables of Q = (qx, qy): 232 doublings, 120 additions and one batch inversion. */
    static Prepared prepare(long[] qx, long[] qy) {
        P256Formulas f = new P256Formulas();
        long[][] tables = new long[CHUNKS][];
        P256Point base = P256Point.affine(qx, qy);
        for (int j = 0; j < CHUNKS; j++) {
            tables[j] = oddMultiples(f, base, 1 << (PREPARED_WIDTH - 2));
            if (j < CHUNKS - 1) {
                for (int s = 0; s < CHUNK_BITS; s++) {
                    f.dbl(base, base);
                }
            }
        }
        return new Prepared(tables);
    }

    /** P, 3P, …, (2·count − 1)·P, affine. P is not the identity; no step is exceptional (count < n/2). */
    private static long[] oddMultiples(P256Formulas f, P256Point p, int count) {
        P256Point twice = new P256Point();
        f.dbl(twice, p);
        P256Point[] odd = new P256Point[count];
        odd[0] = new P256Point();
        odd[0].set(p);
        for (int i = 1; i < count; i++) {
            odd[i] = new P256Point();
            f.jadd(odd[i], odd[i - 1], twice);
        }
        return P256Curve.normalize(odd);
    }

    /** u1·G + u2·Q for a key seen for the first time. */
    static P256Point combination(byte[] u1, byte[] u2, long[] qx, long[] qy) {
        P256Formulas f = new P256Formulas();
        long[] qTable = oddMultiples(f, P256Point.affine(qx, qy), 1 << (Q_WIDTH - 2));
        long[] gTable = GTables.TABLE[0];
        int[] nafG = ScalarDigits.wnaf(u1, G_WIDTH);
        int[] nafQ = ScalarDigits.wnaf(u2, Q_WIDTH);
        int top = NAF_LENGTH - 1;
        while (top >= 0 && nafG[top] == 0 && nafQ[top] == 0) {
            top--;
        }
        P256Point acc = P256Point.identity();
        Scratch s = new Scratch();
        for (int i = top; i >= 0; i--) {
            f.dbl(acc, acc);
            addDigit(f, acc, gTable, nafG[i], s);
            addDigit(f, acc, qTable, nafQ[i], s);
        }
        return acc;
    }

    /** u1·G + u2·Q with Q's {@link Prepared} tables. */
    static P256Point combination(byte[] u1, byte[] u2, Prepared q) {
        P256Formulas f = new P256Formulas();
        long[][] gTables = GTables.TABLE;
        int[] nafG = ScalarDigits.wnaf(u1, G_WIDTH);
        int[] nafQ = ScalarDigits.wnaf(u2, PREPARED_WIDTH);
        P256Point acc = P256Point.identity();
        Scratch s = new Scratch();
        for (int i = CHUNK_BITS; i >= 0; i--) {
            f.dbl(acc, acc);
            for (int j = 0; j < CHUNKS; j++) {
                int pos = j * CHUNK_BITS + i;
                if (i == CHUNK_BITS && j < CHUNKS - 1) {
                    continue; // that position is chunk j + 1's bit 0
                }
                addDigit(f, acc, gTables[j], nafG[pos], s);
                addDigit(f, acc, q.tables[j], nafQ[pos], s);
            }
        }
        return acc;
    }

    private static final class Scratch {
        final long[] x = new long[P256Field.LIMBS];
        final long[] y = new long[P256Field.LIMBS];
        final P256Point sum = new P256Point();
    }

    /** acc += digit·P for an odd digit (or nothing for 0), the table holding P, 3P, 5P, … affine. */
    private static void addDigit(P256Formulas f, P256Point acc, long[] table, int digit, Scratch s) {
        if (digit == 0) {
            return;
        }
        int o = ((digit < 0 ? -digit : digit) >>> 1) * ENTRY;
        System.arraycopy(table, o, s.x, 0, P256Field.LIMBS);
        System.arraycopy(table, o + P256Field.LIMBS, s.y, 0, P256Field.LIMBS);
        if (digit < 0) {
            P256Field.neg(s.y, s.y);
        }
        if (acc.isIdentity()) {
            P256Field.copy(acc.x, s.x);
            P256Field.copy(acc.y, s.y);
            P256Field.copy(acc.z, P256FieldArithmetic.ONE);
            return;
        }
        if (f.madd(s.sum, acc, s.x, s.y) != 0) {
            f.dbl(acc, acc); // acc was the entry itself
            return;
        }
        acc.set(s.sum); // Z = 0 when acc was −entry: the identity, as it should be
    }
}
