package dev.citadel.corecrypto.internal.ec.curve25519;

import java.util.HexFormat;

/**
 * Precomputed multiples of the edwards25519 base point B (RFC 8032 §5.1), in affine Niels form, built
 * once on first use (about 530 point additions and doublings and one field inversion, batched).
 *
 * <ul>
 *   <li>{@link #COMB}: j·256^i·B for i = 0..31 and j = 1..8 (30 KiB), for the constant-time k·B with
 *       64 signed radix-16 digits; one flat {@code long[]} per row, entry j at {@code ENTRY·(j − 1)}:
 *       y + x, y − x, 2d·x·y, five canonical limbs each, so a row's masked scan reads one contiguous
 *       array;</li>
 *   <li>{@link #ODD}: B, 3B, 5B, …, 127B, and {@link #ODD_128}: the same multiples of 2^128·B, for the
 *       width-8 NAFs of verification (the low and high halves of a 253-bit scalar).</li>
 * </ul>
 */
final class BaseTables {

    /** RFC 8032 §5.1: B = (x, 4/5) with x positive, encoded. */
    static final byte[] BASE_ENCODING = HexFormat.of().parseHex("5866666666666666666666666666666666666666666666666666666666666666");

    static final int ROWS = 32;
    static final int ROW_ENTRIES = 8;
    /** Longs per flat Niels entry (three field elements). */
    static final int ENTRY = 15;
    static final int ODD_ENTRIES = 64;

    static final long[][] COMB;
    static final EdwardsFormulas.Niels[] ODD;
    static final EdwardsFormulas.Niels[] ODD_128;

    static {
        EdwardsPoint base = EdwardsPoint.decode(BASE_ENCODING, 0);
        EdwardsFormulas f = new EdwardsFormulas();
        EdwardsPoint[] points = new EdwardsPoint[ROWS * ROW_ENTRIES + 2 * ODD_ENTRIES];
        EdwardsPoint rowBase = new EdwardsPoint();
        rowBase.set(base);
        EdwardsFormulas.Cached step = new EdwardsFormulas.Cached();
        for (int i = 0; i < ROWS; i++) {
            EdwardsFormulas.toCached(step, rowBase);
            EdwardsPoint multiple = new EdwardsPoint();
            multiple.set(rowBase);
            for (int j = 0; j < ROW_ENTRIES; j++) {
                points[i * ROW_ENTRIES + j] = new EdwardsPoint();
                points[i * ROW_ENTRIES + j].set(multiple);
                f.add(multiple, multiple, step, true);
            }
            for (int k = 0; k < 8; k++) {
                f.dbl(rowBase, rowBase, true); // next row: 256·rowBase
            }
        }
        oddMultiples(f, base, points, ROWS * ROW_ENTRIES);
        EdwardsPoint base128 = new EdwardsPoint();
        base128.set(base);
        for (int i = 0; i < 128; i++) {
            f.dbl(base128, base128, true);
        }
        oddMultiples(f, base128, points, ROWS * ROW_ENTRIES + ODD_ENTRIES);
        EdwardsFormulas.Niels[] niels = toAffineNiels(points);
        COMB = new long[ROWS][ROW_ENTRIES * ENTRY];
        for (int i = 0; i < ROWS; i++) {
            for (int j = 0; j < ROW_ENTRIES; j++) {
                EdwardsFormulas.Niels n = niels[i * ROW_ENTRIES + j];
                System.arraycopy(n.yPlusX, 0, COMB[i], j * ENTRY, 5);
                System.arraycopy(n.yMinusX, 0, COMB[i], j * ENTRY + 5, 5);
                System.arraycopy(n.xy2d, 0, COMB[i], j * ENTRY + 10, 5);
            }
        }
        ODD = java.util.Arrays.copyOfRange(niels, ROWS * ROW_ENTRIES, ROWS * ROW_ENTRIES + ODD_ENTRIES);
        ODD_128 = java.util.Arrays.copyOfRange(niels, ROWS * ROW_ENTRIES + ODD_ENTRIES, niels.length);
    }

    /** p, 3p, 5p, … into points[from ..]. */
    private static void oddMultiples(EdwardsFormulas f, EdwardsPoint p, EdwardsPoint[] points, int from) {
        EdwardsPoint odd = new EdwardsPoint();
        odd.set(p);
        EdwardsPoint twice = new EdwardsPoint();
        f.dbl(twice, p, true);
        EdwardsFormulas.Cached step = new EdwardsFormulas.Cached();
        EdwardsFormulas.toCached(step, twice);
        for (int j = 0; j < ODD_ENTRIES; j++) {
            points[from + j] = new EdwardsPoint();
            points[from + j].set(odd);
            f.add(odd, odd, step, true);
        }
    }

    private BaseTables() {}

    /** Affine Niels forms of public points, with one inversion for all (Montgomery's trick). */
    private static EdwardsFormulas.Niels[] toAffineNiels(EdwardsPoint[] points) {
        int n = points.length;
        long[][] prefix = new long[n][5];
        Field25519.copy(prefix[0], points[0].z);
        for (int i = 1; i < n; i++) {
            Field25519.mul(prefix[i], prefix[i - 1], points[i].z);
        }
        long[] inv = new long[5];
        Field25519.invert(inv, prefix[n - 1]);
        EdwardsFormulas.Niels[] out = new EdwardsFormulas.Niels[n];
        long[] zInv = new long[5];
        long[] x = new long[5];
        long[] y = new long[5];
        for (int i = n - 1; i >= 0; i--) {
            if (i > 0) {
                Field25519.mul(zInv, inv, prefix[i - 1]);
                Field25519.mul(inv, inv, points[i].z);
            } else {
                Field25519.copy(zInv, inv);
            }
            Field25519.mul(x, points[i].x, zInv);
            Field25519.mul(y, points[i].y, zInv);
            out[i] = new EdwardsFormulas.Niels();
            EdwardsFormulas.toNiels(out[i], x, y);
        }
        return out;
    }
}
