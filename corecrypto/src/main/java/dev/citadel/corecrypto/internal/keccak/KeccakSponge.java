package dev.citadel.corecrypto.internal.keccak;

/**
 * The Keccak-f[1600] sponge of FIPS 202 (§3, §4), byte-oriented. One instance absorbs, then squeezes;
 * single-thread. The permutation follows the reference round structure (θ, ρ and π, χ, ι) with the
 * round constants and rotation offsets of FIPS 202 §3.2; it has no secret-dependent branches or indices.
 */
final class KeccakSponge {

    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
        0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
        0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    /** ρ offsets in the order π visits the lanes. */
    private static final int[] RHO = {1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44};
    /** π: the lane each step moves into. */
    private static final int[] PI = {10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1};

    private final long[] state = new long[25];
    private final int rate;
    private final byte domainPadding;
    private int offset;
    private boolean squeezing;

    /**
     * @param rate bytes per block (168 for SHAKE128, 136 for SHAKE256)
     * @param domainPadding first padding byte including the domain bits: 0x1F for SHAKE, 0x06 for SHA-3
     */
    KeccakSponge(int rate, byte domainPadding) {
        this.rate = rate;
        this.domainPadding = domainPadding;
    }

    void absorb(byte[] in) {
        if (squeezing) {
            throw new IllegalStateException("absorb after squeeze");
        }
        for (byte b : in) {
            state[offset >>> 3] ^= (b & 0xFFL) << ((offset & 7) << 3);
            if (++offset == rate) {
                permute(state);
                offset = 0;
            }
        }
    }

    void squeeze(byte[] out) {
        if (!squeezing) {
            state[offset >>> 3] ^= (domainPadding & 0xFFL) << ((offset & 7) << 3);
            int last = rate - 1;
            state[last >>> 3] ^= 0x80L << ((last & 7) << 3);
            permute(state);
            offset = 0;
            squeezing = true;
        }
        for (int i = 0; i < out.length; i++) {
            if (offset == rate) {
                permute(state);
                offset = 0;
            }
            out[i] = (byte) (state[offset >>> 3] >>> ((offset & 7) << 3));
            offset++;
        }
    }

    void clear() {
        java.util.Arrays.fill(state, 0L);
    }

    static void permute(long[] a) {
        long[] c = new long[5];
        for (long rc : ROUND_CONSTANTS) {
            for (int x = 0; x < 5; x++) { // θ
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[y + x] ^= d;
                }
            }
            long t = a[1]; // ρ and π
            for (int i = 0; i < 24; i++) {
                int j = PI[i];
                long next = a[j];
                a[j] = Long.rotateLeft(t, RHO[i]);
                t = next;
            }
            for (int y = 0; y < 25; y += 5) { // χ
                for (int x = 0; x < 5; x++) {
                    c[x] = a[y + x];
                }
                for (int x = 0; x < 5; x++) {
                    a[y + x] = c[x] ^ (~c[(x + 1) % 5] & c[(x + 2) % 5]);
                }
            }
            a[0] ^= rc; // ι
        }
    }
}
