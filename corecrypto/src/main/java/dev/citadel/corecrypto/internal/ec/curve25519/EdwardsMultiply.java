package dev.citadel.corecrypto.internal.ec.curve25519;

/**
 * Scalar multiplication on edwards25519.
 *
 * <ul>
 *   <li>{@link #base}: k·B, constant time in k. k is recoded into 64 signed radix-16 digits
 *       dᵢ ∈ [−8, 8] (k = Σ dᵢ·16^i), and k·B = Σ_odd dᵢ·16^i·B, times 16 by four doublings, plus
 *       Σ_even dᵢ·16^i·B: 64 mixed additions and 4 doublings. Each |dᵢ|·256^⌊i/2⌋·B is read from
 *       {@link BaseTables#COMB} by scanning all 8 entries of the row with masks (digit 0 keeps the
 *       identity (1, 1, 0)), and negated with masks when dᵢ &lt; 0 (ref10's method).</li>
 *   <li>{@link #verifyCombination}: s·B − k·A for signature verification. Public inputs only, so
 *       variable time: Straus's interleaving of a width-8 NAF of s over {@link BaseTables#ODD} and a
 *       width-5 NAF of k over A, 3A, …, 15A; one shared chain of at most 253 doublings.</li>
 * </ul>
 */
final class EdwardsMultiply {

    private static final int A_ENTRIES = 8;

    private EdwardsMultiply() {}

    /** k·B for a 32-byte little-endian k with k[31] ≤ 127 (clamped scalars and values below L). */
    static EdwardsPoint base(byte[] k) {
        byte[] digits = signedRadix16(k);
        EdwardsFormulas f = new EdwardsFormulas();
        EdwardsFormulas.Niels entry = new EdwardsFormulas.Niels();
        EdwardsFormulas.Niels negated = new EdwardsFormulas.Niels();
        EdwardsPoint acc = EdwardsPoint.identity();
        for (int i = 1; i < 64; i += 2) {
            select(entry, negated, i >>> 1, digits[i]);
            f.add(acc, acc, entry, true);
        }
        f.dbl(acc, acc, false);
        f.dbl(acc, acc, false);
        f.dbl(acc, acc, false);
        f.dbl(acc, acc, true);
        for (int i = 0; i < 64; i += 2) {
            select(entry, negated, i >>> 1, digits[i]);
            f.add(acc, acc, entry, true);
        }
        java.util.Arrays.fill(digits, (byte) 0);
        return acc;
    }

    /**
     * entry = digit·256^row·B, constant time: every entry of the row is read, the match kept by mask,
     * and the sign applied by mask ((y + x, y − x, 2dxy) ↦ (y − x, y + x, −2dxy)).
     */
    private static void select(EdwardsFormulas.Niels entry, EdwardsFormulas.Niels negated, int row, int digit) {
        int negative = (digit >>> 31) & 1;
        int magnitude = digit - ((-negative & digit) << 1);
        entry.setIdentity();
        EdwardsFormulas.Niels[] entries = BaseTables.COMB[row];
        for (int j = 0; j < BaseTables.ROW_ENTRIES; j++) {
            entry.select(entries[j], equalMask(magnitude, j + 1));
        }
        Field25519.copy(negated.yPlusX, entry.yMinusX);
        Field25519.copy(negated.yMinusX, entry.yPlusX);
        Field25519.neg(negated.xy2d, entry.xy2d);
        entry.select(negated, -(long) negative);
    }

    /** All ones when a == b (0 ≤ a, b &lt; 2^31), else zero; no branch. */
    private static long equalMask(int a, int b) {
        return -(((long) (a ^ b) - 1) >>> 63);
    }

    /**
     * 64 signed digits in [−8, 8] with k = Σ dᵢ·16^i, for k[31] ≤ 127; constant time (arithmetic
     * shifts only).
     */
    private static byte[] signedRadix16(byte[] k) {
        byte[] e = new byte[64];
        for (int i = 0; i < 32; i++) {
            e[2 * i] = (byte) (k[i] & 15);
            e[2 * i + 1] = (byte) ((k[i] >>> 4) & 15);
        }
        int carry = 0;
        for (int i = 0; i < 63; i++) {
            e[i] += (byte) carry;
            carry = (e[i] + 8) >> 4;
            e[i] -= (byte) (carry << 4);
        }
        e[63] += (byte) carry;
        return e;
    }

    /**
     * s·B − k·A for public 32-byte little-endian s, k below 2^253 and a public point A. Variable time.
     */
    static EdwardsPoint verifyCombination(byte[] s, byte[] k, EdwardsPoint a) {
        byte[] sNaf = Scalar25519.nonAdjacentForm(s, 8);
        byte[] kNaf = Scalar25519.nonAdjacentForm(k, 5);
        EdwardsFormulas f = new EdwardsFormulas();
        EdwardsFormulas.Cached[] aOdd = oddMultiples(f, a);
        EdwardsFormulas.Niels[] bOdd = BaseTables.ODD;
        EdwardsPoint acc = EdwardsPoint.identity();
        int top = 255;
        while (top >= 0 && sNaf[top] == 0 && kNaf[top] == 0) {
            top--;
        }
        for (int i = top; i >= 0; i--) {
            int ds = sNaf[i];
            int dk = kNaf[i];
            f.dbl(acc, acc, ds != 0 || dk != 0);
            if (ds > 0) {
                f.add(acc, acc, bOdd[ds >>> 1], dk != 0);
            } else if (ds < 0) {
                f.sub(acc, acc, bOdd[(-ds) >>> 1], dk != 0);
            }
            if (dk > 0) {
                f.sub(acc, acc, aOdd[dk >>> 1], false);
            } else if (dk < 0) {
                f.add(acc, acc, aOdd[(-dk) >>> 1], false);
            }
        }
        return acc;
    }

    /** A, 3A, 5A, …, 15A in cached form. */
    private static EdwardsFormulas.Cached[] oddMultiples(EdwardsFormulas f, EdwardsPoint a) {
        EdwardsFormulas.Cached[] odd = new EdwardsFormulas.Cached[A_ENTRIES];
        EdwardsFormulas.Cached twice = new EdwardsFormulas.Cached();
        EdwardsPoint p = new EdwardsPoint();
        f.dbl(p, a, true);
        EdwardsFormulas.toCached(twice, p);
        p.set(a);
        for (int i = 0; i < A_ENTRIES; i++) {
            odd[i] = new EdwardsFormulas.Cached();
            EdwardsFormulas.toCached(odd[i], p);
            if (i + 1 < A_ENTRIES) {
                f.add(p, p, twice, true);
            }
        }
        return odd;
    }
}
