package dev.citadel.corecrypto.internal.ec.p256;

import java.math.BigInteger;

/**
 * Scalar multiplication on P-256 (coordinates as {@link P256Field} residues, except in verification). Scalars are 32 big-endian bytes, read as 64 unsigned 4-bit digits.
 *
 * <ul>
 *   <li>{@link #base}: k·G, constant time. A precomputed table holds (j·16^i)·G for j = 1..15 and each of
 *       the 64 digit positions i, so k·G is 64 additions and no doublings. Each digit's entry is read by
 *       scanning all 15 entries with masks; digit 0 reads the identity (0 : 1 : 0), which the complete
 *       formulas add like any other point.</li>
 *   <li>{@link #multiply}: k·P, constant time. A table of 0·P..15·P, then per digit four doublings and one
 *       masked-scan lookup and addition.</li>
 *   <li>{@link #verifyCombination}: u1·G + u2·Q for ECDSA verification. Public inputs only, so
 *       variable time: zero digits are skipped and table entries are indexed directly.</li>
 * </ul>
 */
final class P256Multiply {

    private static final int POSITIONS = 64;
    private static final int ENTRY = 8; // affine x, y (Montgomery)

    private P256Multiply() {}

    /** The base-point table, built on first use (about 1,000 point additions and inversions). */
    private static final class BaseTable {
        static final long[][] TABLE = build();

        private static long[][] build() {
            P256Formulas f = new P256Formulas();
            long[][] table = new long[POSITIONS][15 * ENTRY];
            P256Point base = P256Point.affine(
                    new BigInteger("6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296", 16),
                    new BigInteger("4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5", 16));
            P256Point multiple = new P256Point();
            for (int i = 0; i < POSITIONS; i++) {
                multiple.set(base);
                for (int j = 0; j < 15; j++) {
                    long[][] a = multiple.toAffine();
                    System.arraycopy(a[0], 0, table[i], j * ENTRY, 4);
                    System.arraycopy(a[1], 0, table[i], j * ENTRY + 4, 4);
                    f.add(multiple, multiple, base);
                }
                // multiple = 16·base now
                base.set(multiple);
            }
            return table;
        }
    }

    /** Digit i (0 = least significant) of a 32-byte big-endian scalar. The index depends on i only. */
    private static int digit(byte[] k, int i) {
        return (k[31 - (i >>> 1)] >>> (4 * (i & 1))) & 15;
    }

    /** 1 when a == b for 0 ≤ a, b < 2^31, else 0, without branches. */
    private static long equal(int a, int b) {
        return ((long) (a ^ b) - 1) >>> 63;
    }

    /** k·G. Constant time in k. */
    static P256Point base(byte[] k) {
        long[][] table = BaseTable.TABLE;
        P256Formulas f = new P256Formulas();
        P256Point acc = P256Point.identity();
        P256Point entry = new P256Point();
        for (int i = 0; i < POSITIONS; i++) {
            int d = digit(k, i);
            long[] row = table[i];
            // start from the identity (0 : 1 : 0); a matching entry overwrites it with (x : y : 1)
            java.util.Arrays.fill(entry.x, 0);
            System.arraycopy(P256Field.ONE, 0, entry.y, 0, 4);
            java.util.Arrays.fill(entry.z, 0);
            for (int j = 0; j < 15; j++) {
                long mask = -equal(d, j + 1);
                int o = j * ENTRY;
                for (int l = 0; l < 4; l++) {
                    entry.x[l] |= row[o + l] & mask;
                    entry.y[l] ^= (entry.y[l] ^ row[o + 4 + l]) & mask;
                    entry.z[l] |= P256Field.ONE[l] & mask;
                }
            }
            f.add(acc, acc, entry);
        }
        return acc;
    }

    /** k·p. Constant time in k (p is treated as public but not relied upon). */
    static P256Point multiply(byte[] k, P256Point p) {
        P256Formulas f = new P256Formulas();
        P256Point[] table = new P256Point[16];
        table[0] = P256Point.identity();
        table[1] = new P256Point();
        table[1].set(p);
        for (int j = 2; j < 16; j++) {
            table[j] = new P256Point();
            if ((j & 1) == 0) {
                f.dbl(table[j], table[j >>> 1]);
            } else {
                f.add(table[j], table[j - 1], p);
            }
        }
        P256Point acc = P256Point.identity();
        P256Point entry = new P256Point();
        for (int i = POSITIONS - 1; i >= 0; i--) {
            f.toJacobian(acc);
            for (int s = 0; s < 4; s++) {
                f.dblJacobian(acc);
            }
            f.fromJacobian(acc);
            int d = digit(k, i);
            entry.set(table[0]);
            for (int j = 1; j < 16; j++) {
                entry.select(table[j], -equal(d, j));
            }
            f.add(acc, acc, entry);
        }
        return acc;
    }

    /** The base-point table in the verification code's Montgomery domain. */
    private static final class BaseTableMontgomery {
        static final long[][] TABLE = build();

        private static long[][] build() {
            long[][] table = new long[POSITIONS][15 * ENTRY];
            long[] c = new long[4];
            for (int i = 0; i < POSITIONS; i++) {
                for (int j = 0; j < 15 * 2; j++) {
                    System.arraycopy(BaseTable.TABLE[i], j * 4, c, 0, 4);
                    System.arraycopy(P256JacobianVartime.fromPlain(c), 0, table[i], j * 4, 4);
                }
            }
            return table;
        }
    }

    /**
     * u1·G + u2·(qx, qy) in Jacobian coordinates (the result's x is X/Z²). Variable time: for public
     * inputs only. u2·q uses a width-5 NAF over the odd multiples q, 3q, …, 15q; u1·G reads the base table
     * directly (at most 64 mixed additions, no doublings).
     */
    static P256Point verifyCombination(byte[] u1, byte[] u2, BigInteger qx, BigInteger qy) {
        long[][] table = BaseTableMontgomery.TABLE;
        P256JacobianVartime j = new P256JacobianVartime();
        P256Point[] odd = new P256Point[8];
        odd[0] = new P256Point();
        System.arraycopy(P256JacobianVartime.fromBigInteger(qx), 0, odd[0].x, 0, 4);
        System.arraycopy(P256JacobianVartime.fromBigInteger(qy), 0, odd[0].y, 0, 4);
        System.arraycopy(P256FieldArithmeticVartime.ONE, 0, odd[0].z, 0, 4);
        P256Point twice = new P256Point();
        twice.set(odd[0]);
        j.dbl(twice);
        for (int i = 1; i < 8; i++) {
            odd[i] = new P256Point();
            odd[i].set(odd[i - 1]);
            j.add(odd[i], twice);
        }
        int[] naf = wnaf(u2, 5);
        P256Point acc = new P256Point(); // Z = 0: the identity
        P256Point negated = new P256Point();
        long[] zero = new long[4];
        int top = naf.length - 1;
        while (top >= 0 && naf[top] == 0) {
            top--;
        }
        for (int i = top; i >= 0; i--) {
            j.dbl(acc);
            int d = naf[i];
            if (d > 0) {
                j.add(acc, odd[d >>> 1]);
            } else if (d < 0) {
                negated.set(odd[(-d) >>> 1]);
                P256Field.sub(negated.y, zero, negated.y);
                j.add(acc, negated);
            }
        }
        long[] x = new long[4];
        long[] y = new long[4];
        for (int i = 0; i < POSITIONS; i++) {
            int d = digit(u1, i);
            if (d != 0) {
                System.arraycopy(table[i], (d - 1) * ENTRY, x, 0, 4);
                System.arraycopy(table[i], (d - 1) * ENTRY + 4, y, 0, 4);
                j.addAffine(acc, x, y);
            }
        }
        return acc;
    }

    /** Width-w NAF of a 256-bit public scalar: digits odd, |d| < 2^(w−1), at most one nonzero per w. */
    static int[] wnaf(byte[] k, int w) {
        int len = 257;
        int[] bits = new int[len + w];
        for (int i = 0; i < 256; i++) {
            bits[i] = (k[31 - (i >>> 3)] >>> (i & 7)) & 1;
        }
        int[] naf = new int[len];
        int carry = 0;
        int bit = 0;
        while (bit < len) {
            if (bits[bit] == carry) {
                bit++;
                continue;
            }
            int word = carry;
            for (int b = 0; b < w; b++) {
                word += bits[bit + b] << b;
            }
            carry = (word >>> (w - 1)) & 1;
            word -= carry << w;
            naf[bit] = word;
            bit += w;
        }
        return naf;
    }
}
