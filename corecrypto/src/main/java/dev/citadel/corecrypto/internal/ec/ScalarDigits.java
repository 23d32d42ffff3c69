package dev.citadel.corecrypto.internal.ec;

/**
 * Digit recodings of big-endian scalars for the scalar multiplications: signed (Booth) windows for the
 * constant-time paths, width-w NAF for verification (public scalars only).
 */
public final class ScalarDigits {

    private ScalarDigits() {}

    /**
     * Bits [low, low + width) of a big-endian scalar, bits outside the scalar reading as 0. The branch
     * depends on the bit position only, never on the value: constant time for a fixed (low, width).
     */
    public static int bits(byte[] k, int low, int width) {
        int length = 8 * k.length;
        int v = 0;
        for (int b = width - 1; b >= 0; b--) {
            int pos = low + b;
            int bit = pos < 0 || pos >= length ? 0 : (k[k.length - 1 - (pos >>> 3)] >>> (pos & 7)) & 1;
            v = v << 1 | bit;
        }
        return v;
    }

    /**
     * The signed digit of window i of width w: bits [w·i − 1, w·i + w) recoded to a value in
     * [−2^(w−1), 2^(w−1)], so that k = Σ d_i·2^(w·i) over enough windows to cover one bit past the top.
     * Constant time.
     */
    public static int boothDigit(byte[] k, int i, int w) {
        int x = bits(k, w * i - 1, w + 1);
        return ((x + 1) >> 1) - ((x >> w) << w);
    }

    /**
     * Width-w NAF of a public scalar: one digit per bit position (8·length + 1 of them), each zero or odd
     * with |d| < 2^(w−1), at most one nonzero in any w consecutive positions. VARIABLE TIME.
     */
    public static int[] wnaf(byte[] k, int w) {
        int length = 8 * k.length + 1;
        int[] bits = new int[length + w];
        for (int i = 0; i < 8 * k.length; i++) {
            bits[i] = (k[k.length - 1 - (i >>> 3)] >>> (i & 7)) & 1;
        }
        int[] naf = new int[length];
        int carry = 0;
        int bit = 0;
        while (bit < length) {
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
