package dev.citadel.corecrypto.internal.gcmsiv;

/**
 * POLYVAL (RFC 8452 §3): a GHASH-like universal hash over GF(2^128) with the polynomial
 * x^128 + x^127 + x^126 + x^121 + 1 and little-endian field elements, {@code dot(a, b) = a·b·x^-128}.
 *
 * <p>Computed bit-serially with masks (128 rounds of "add if bit set, multiply by x^-1"), so time does not
 * depend on the key or the data. Slow next to a CLMUL table method (tens of MB/s), which is fine for the
 * short messages GCM-SIV serves (keys, tokens); see {@code docs/crypto-engines.md}.
 */
final class Polyval {

    /** (x^128 + x^127 + x^126 + x^121 + 1) / x, high lane: the reduction term of a right shift. */
    private static final long REDUCTION = 0xE100000000000000L;

    private final long hLo;
    private final long hHi;
    private long sLo;
    private long sHi;

    Polyval(byte[] h) {
        this.hLo = le64(h, 0);
        this.hHi = le64(h, 8);
    }

    /** Absorbs {@code data} zero-padded to a multiple of 16 bytes. */
    void updatePadded(byte[] data) {
        byte[] block = new byte[16];
        for (int off = 0; off < data.length; off += 16) {
            int n = Math.min(16, data.length - off);
            java.util.Arrays.fill(block, (byte) 0);
            System.arraycopy(data, off, block, 0, n);
            updateBlock(block);
        }
        java.util.Arrays.fill(block, (byte) 0);
    }

    void updateBlock(byte[] block) {
        long xLo = sLo ^ le64(block, 0);
        long xHi = sHi ^ le64(block, 8);
        // dot(X, H) = Σ_i h_i·X·x^(i-128): Horner over the bits of H from bit 0 upwards.
        long zLo = 0;
        long zHi = 0;
        for (int i = 0; i < 128; i++) {
            long bit = i < 64 ? (hLo >>> i) & 1 : (hHi >>> (i - 64)) & 1;
            long mask = -bit;
            zLo ^= xLo & mask;
            zHi ^= xHi & mask;
            long carry = -(zLo & 1);
            zLo = (zLo >>> 1) | (zHi << 63);
            zHi = (zHi >>> 1) ^ (REDUCTION & carry);
        }
        sLo = zLo;
        sHi = zHi;
    }

    /** The 16-byte POLYVAL value. */
    byte[] digest() {
        byte[] out = new byte[16];
        putLe64(out, 0, sLo);
        putLe64(out, 8, sHi);
        return out;
    }

    static long le64(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[off + i] & 0xFFL);
        }
        return v;
    }

    static void putLe64(byte[] b, int off, long v) {
        for (int i = 0; i < 8; i++) {
            b[off + i] = (byte) (v >>> (8 * i));
        }
    }
}
