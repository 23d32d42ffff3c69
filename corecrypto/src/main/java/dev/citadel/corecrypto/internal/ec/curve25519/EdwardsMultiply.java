package dev.citadel.corecrypto.internal.ec.curve25519;

/**
 * Scalar multiplication on edwards25519.
 *
 * <ul>
 *   <li>{@link #base}: k·B, constant time in k. k is recoded into 64 signed radix-16 digits
 *       dᵢ ∈ [−8, 8] (k = Σ dᵢ·16^i), and k·B = Σ_odd dᵢ·16^i·B, times 16 by four doublings, plus
 *       Σ_even dᵢ·16^i·B: 64 mixed additions and 4 doublings. Each |dᵢ|·256^⌊i/2⌋·B is read from
 *       {@link BaseTables#COMB} by scanning all 8 entries of the row with masks (digit 0 yields the
 *       identity (1, 1, 0)), and negated with masks when dᵢ &lt; 0 (ref10's method).</li>
 *   <li>{@link #verifyHalfSize}: [s]B ∓ [v₀]A − [v₁]R with half-size v₀, v₁ ({@link HalfSizeScalars}),
 *       the verification path. Public inputs only, so variable time: Straus's interleaving of width-8
 *       NAFs of the two halves of s over {@link BaseTables#ODD} and {@link BaseTables#ODD_128} and
 *       width-5 NAFs of v₀ and v₁ over odd multiples of A and R; one chain of about 128 doublings.</li>
 *   <li>{@link #verifyCombination}: s·B − k·A with the full-length k, the fallback when k does not split:
 *       width-8 NAF of s over {@link BaseTables#ODD}, width-5 NAF of k over A, 3A, …, 15A; at most 253
 *       doublings. Variable time.</li>
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
        EdwardsPoint acc = EdwardsPoint.identity();
        for (int i = 1; i < 64; i += 2) {
            select(entry, i >>> 1, digits[i]);
            f.add(acc, acc, entry, true);
        }
        f.dbl(acc, acc, false);
        f.dbl(acc, acc, false);
        f.dbl(acc, acc, false);
        f.dbl(acc, acc, true);
        for (int i = 0; i < 64; i += 2) {
            select(entry, i >>> 1, digits[i]);
            f.add(acc, acc, entry, true);
        }
        java.util.Arrays.fill(digits, (byte) 0);
        for (long[] secret : new long[][] {entry.yPlusX, entry.yMinusX, entry.xy2d}) {
            java.util.Arrays.fill(secret, 0); // which entry was read reveals a digit
        }
        return acc;
    }

    /**
     * entry = digit·256^row·B, constant time: every entry of the row is read and OR-ed in under its mask
     * (at most one mask is set; digit 0 sets none and ORs in the identity (1, 1, 0) instead), then the
     * sign is applied by mask: (y + x, y − x, 2dxy) ↦ (y − x, y + x, 4p − 2dxy).
     */
    private static void select(EdwardsFormulas.Niels entry, int row, int digit) {
        int negative = (digit >>> 31) & 1;
        int magnitude = digit - ((-negative & digit) << 1);
        long[] entries = BaseTables.COMB[row];
        long[] ypx = entry.yPlusX;
        long[] ymx = entry.yMinusX;
        long[] xy2d = entry.xy2d;
        long zero = equalMask(magnitude, 0);
        for (int l = 0; l < 5; l++) {
            ypx[l] = 0;
            ymx[l] = 0;
            xy2d[l] = 0;
        }
        ypx[0] = zero & 1;
        ymx[0] = zero & 1;
        for (int j = 0; j < BaseTables.ROW_ENTRIES; j++) {
            long mask = equalMask(magnitude, j + 1);
            int o = j * BaseTables.ENTRY;
            for (int l = 0; l < 5; l++) {
                ypx[l] |= entries[o + l] & mask;
                ymx[l] |= entries[o + 5 + l] & mask;
                xy2d[l] |= entries[o + 10 + l] & mask;
            }
        }
        long negate = -(long) negative;
        Field25519.cswap(ypx, ymx, negate);
        for (int l = 0; l < 5; l++) { // table limbs are canonical, so 4p − limb needs no carry (below 2^53)
            xy2d[l] ^= (xy2d[l] ^ (Field25519.FOUR_P[l] - xy2d[l])) & negate;
        }
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

    /**
     * [s]B + [v0](−A or A) − [v1]R for public scalars: s below 2^253 (its halves over {@link BaseTables#ODD}
     * and {@link BaseTables#ODD_128}), v0 and v1 below 2^136 ({@link HalfSizeScalars}); A is subtracted
     * when {@code subtractA}. Straus's method, one chain of about 136 doublings. Variable time.
     */
    static EdwardsPoint verifyHalfSize(byte[] s, byte[] v0, boolean subtractA, byte[] v1, EdwardsPoint a, EdwardsPoint r) {
        byte[] sLow = Scalar25519.nonAdjacentForm(java.util.Arrays.copyOf(java.util.Arrays.copyOf(s, 16), 32), 8);
        byte[] sHigh = Scalar25519.nonAdjacentForm(java.util.Arrays.copyOf(java.util.Arrays.copyOfRange(s, 16, 32), 32), 8);
        byte[] aNaf = Scalar25519.nonAdjacentForm(v0, 5);
        byte[] rNaf = Scalar25519.nonAdjacentForm(v1, 5);
        EdwardsFormulas f = new EdwardsFormulas();
        EdwardsFormulas.Cached[] aOdd = oddMultiples(f, a);
        EdwardsFormulas.Cached[] rOdd = oddMultiples(f, r);
        EdwardsPoint acc = EdwardsPoint.identity();
        int top = 255;
        while (top >= 0 && sLow[top] == 0 && sHigh[top] == 0 && aNaf[top] == 0 && rNaf[top] == 0) {
            top--;
        }
        for (int i = top; i >= 0; i--) {
            int dLow = sLow[i];
            int dHigh = sHigh[i];
            int dA = subtractA ? -aNaf[i] : aNaf[i];
            int dR = -rNaf[i];
            int adds = (dLow != 0 ? 1 : 0) + (dHigh != 0 ? 1 : 0) + (dA != 0 ? 1 : 0) + (dR != 0 ? 1 : 0);
            f.dbl(acc, acc, adds > 0);
            if (dLow != 0) {
                addNiels(f, acc, BaseTables.ODD, dLow, --adds > 0);
            }
            if (dHigh != 0) {
                addNiels(f, acc, BaseTables.ODD_128, dHigh, --adds > 0);
            }
            if (dA != 0) {
                addCached(f, acc, aOdd, dA, --adds > 0);
            }
            if (dR != 0) {
                addCached(f, acc, rOdd, dR, --adds > 0);
            }
        }
        return acc;
    }

    private static void addNiels(EdwardsFormulas f, EdwardsPoint acc, EdwardsFormulas.Niels[] table, int digit, boolean withT) {
        if (digit > 0) {
            f.add(acc, acc, table[digit >>> 1], withT);
        } else {
            f.sub(acc, acc, table[(-digit) >>> 1], withT);
        }
    }

    private static void addCached(EdwardsFormulas f, EdwardsPoint acc, EdwardsFormulas.Cached[] table, int digit, boolean withT) {
        if (digit > 0) {
            f.add(acc, acc, table[digit >>> 1], withT);
        } else {
            f.sub(acc, acc, table[(-digit) >>> 1], withT);
        }
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
