package dev.citadel.corecrypto.internal.ec.curve25519;

/**
 * Integers modulo the prime group order L = 2^252 + 27742317777372353535851937790883648493 of
 * edwards25519, as little-endian byte strings (RFC 8032 §5.1).
 *
 * <p>{@link #reduce} and {@link #mulAdd} follow the 21-bit-limb method of the ref10 implementation
 * (SUPERCOP, public domain): limbs above 2^252 are folded down with 2^252 ≡ −(L − 2^252) (mod L), whose
 * 21-bit digits are {@link #FOLD}, and signed carries keep every limb small. The sequence of folds and
 * carries is fixed, so both run in constant time: they reduce the secret nonce r and compute
 * S = r + k·s. {@link #isCanonical} and {@link #nonAdjacentForm} see only public values.
 */
final class Scalar25519 {

    /** L − 2^252 negated, in signed 21-bit digits: 2^252 ≡ Σ FOLD[i]·2^(21·i) (mod L). */
    private static final long[] FOLD = {666643, 470296, 654183, -997805, 136657, -683901};

    /** L, little-endian. */
    private static final byte[] L = {
        (byte) 0xed, (byte) 0xd3, (byte) 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, (byte) 0xd6, (byte) 0x9c, (byte) 0xf7, (byte) 0xa2,
        (byte) 0xde, (byte) 0xf9, (byte) 0xde, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10};

    private static final int LIMB = 21;
    private static final long LIMB_MASK = (1L << LIMB) - 1;

    private Scalar25519() {}

    /** A 64-byte little-endian integer (a SHA-512 output) modulo L, as 32 bytes. Constant time. */
    static byte[] reduce(byte[] wide) {
        long[] s = load(wide, 24);
        reduceLimbs(s);
        return store(s);
    }

    /** (a·b + c) mod L for 32-byte little-endian a, b, c below 2^256. Constant time. */
    static byte[] mulAdd(byte[] a, byte[] b, byte[] c) {
        long[] x = load(a, 12);
        long[] y = load(b, 12);
        long[] s = load(c, 12);
        s = java.util.Arrays.copyOf(s, 24);
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 12; j++) {
                s[i + j] += x[i] * y[j];
            }
        }
        for (int i = 0; i <= 22; i += 2) {
            carryRounded(s, i);
        }
        for (int i = 1; i <= 21; i += 2) {
            carryRounded(s, i);
        }
        java.util.Arrays.fill(x, 0);
        java.util.Arrays.fill(y, 0);
        reduceLimbs(s);
        return store(s);
    }

    /** Whether the 32-byte little-endian s is below L (RFC 8032 §5.1.7's check on S). Public input. */
    static boolean isCanonical(byte[] s, int offset) {
        for (int i = 31; i >= 0; i--) {
            int a = s[offset + i] & 0xff;
            int l = L[i] & 0xff;
            if (a != l) {
                return a < l;
            }
        }
        return false; // s == L
    }

    /** Folds limbs 23..12 of a 24-limb value (limbs below about 2^50 in magnitude) into limbs 0..11. */
    private static void reduceLimbs(long[] s) {
        for (int i = 23; i >= 18; i--) {
            fold(s, i);
        }
        for (int i = 6; i <= 16; i += 2) {
            carryRounded(s, i);
        }
        for (int i = 7; i <= 15; i += 2) {
            carryRounded(s, i);
        }
        for (int i = 17; i >= 12; i--) {
            fold(s, i);
        }
        for (int i = 0; i <= 10; i += 2) {
            carryRounded(s, i);
        }
        for (int i = 1; i <= 11; i += 2) {
            carryRounded(s, i);
        }
        fold(s, 12);
        for (int i = 0; i <= 11; i++) {
            carryFloor(s, i);
        }
        fold(s, 12);
        for (int i = 0; i <= 10; i++) {
            carryFloor(s, i);
        }
    }

    /** s[i]·2^(21·i) = s[i]·2^252·2^(21·(i − 12)): adds s[i]·FOLD to limbs i − 12 .. i − 7. */
    private static void fold(long[] s, int i) {
        long v = s[i];
        for (int k = 0; k < 6; k++) {
            s[i - 12 + k] += v * FOLD[k];
        }
        s[i] = 0;
    }

    private static void carryRounded(long[] s, int i) {
        long c = (s[i] + (1L << (LIMB - 1))) >> LIMB;
        s[i + 1] += c;
        s[i] -= c << LIMB;
    }

    private static void carryFloor(long[] s, int i) {
        long c = s[i] >> LIMB;
        s[i + 1] += c;
        s[i] -= c << LIMB;
    }

    /** {@code limbs} 21-bit limbs of a little-endian byte string; the last limb takes all remaining bits. */
    private static long[] load(byte[] b, int limbs) {
        long[] s = new long[limbs];
        for (int i = 0; i < limbs; i++) {
            int bit = LIMB * i;
            long v = 0;
            for (int k = 0; k < 5 && (bit >>> 3) + k < b.length; k++) {
                v |= (long) (b[(bit >>> 3) + k] & 0xff) << (8 * k);
            }
            v >>>= bit & 7;
            s[i] = i == limbs - 1 ? v : v & LIMB_MASK;
        }
        return s;
    }

    /** Limbs 0..11 (non-negative, limbs 0..10 below 2^21) as 32 little-endian bytes. */
    private static byte[] store(long[] s) {
        long[] w = new long[4];
        for (int i = 0; i < 12; i++) {
            int bit = LIMB * i;
            w[bit >>> 6] |= s[i] << (bit & 63);
            if ((bit & 63) + LIMB > 64 && (bit >>> 6) + 1 < 4) {
                w[(bit >>> 6) + 1] |= s[i] >>> (64 - (bit & 63));
            }
        }
        byte[] out = new byte[32];
        for (int i = 0; i < 4; i++) {
            LittleEndian.putLong(out, 8 * i, w[i]);
        }
        java.util.Arrays.fill(s, 0);
        return out;
    }

    /**
     * The width-w non-adjacent form of a public 32-byte little-endian scalar below 2^253: 256 digits,
     * each zero or odd with |d| &lt; 2^(w−1), at most one non-zero in any w consecutive positions.
     * Variable time.
     */
    static byte[] nonAdjacentForm(byte[] k, int w) {
        byte[] naf = new byte[256];
        int[] bits = new int[256 + w];
        for (int i = 0; i < 256; i++) {
            bits[i] = (k[i >>> 3] >>> (i & 7)) & 1;
        }
        int carry = 0;
        int i = 0;
        while (i < 256) {
            if (bits[i] == carry) {
                i++;
                continue;
            }
            int word = carry;
            for (int b = 0; b < w; b++) {
                word += bits[i + b] << b;
            }
            carry = (word >>> (w - 1)) & 1;
            word -= carry << w;
            naf[i] = (byte) word;
            i += w;
        }
        return naf;
    }
}
