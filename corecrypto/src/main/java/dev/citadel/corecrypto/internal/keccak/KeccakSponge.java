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

    private static final java.lang.invoke.VarHandle LANE =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

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
        int i = 0;
        while (i < in.length) {
            if ((offset & 7) == 0 && in.length - i >= 8) { // whole little-endian lanes (FIPS 202 §B.1)
                state[offset >>> 3] ^= (long) LANE.get(in, i);
                i += 8;
                offset += 8;
            } else {
                state[offset >>> 3] ^= (in[i++] & 0xFFL) << ((offset & 7) << 3);
                offset++;
            }
            if (offset == rate) {
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
        for (long rc : ROUND_CONSTANTS) {
            long c0 = a[0] ^ a[5] ^ a[10] ^ a[15] ^ a[20]; // θ
            long c1 = a[1] ^ a[6] ^ a[11] ^ a[16] ^ a[21];
            long c2 = a[2] ^ a[7] ^ a[12] ^ a[17] ^ a[22];
            long c3 = a[3] ^ a[8] ^ a[13] ^ a[18] ^ a[23];
            long c4 = a[4] ^ a[9] ^ a[14] ^ a[19] ^ a[24];
            long d0 = c4 ^ Long.rotateLeft(c1, 1);
            long d1 = c0 ^ Long.rotateLeft(c2, 1);
            long d2 = c1 ^ Long.rotateLeft(c3, 1);
            long d3 = c2 ^ Long.rotateLeft(c4, 1);
            long d4 = c3 ^ Long.rotateLeft(c0, 1);
            for (int y = 0; y < 25; y += 5) {
                a[y] ^= d0;
                a[y + 1] ^= d1;
                a[y + 2] ^= d2;
                a[y + 3] ^= d3;
                a[y + 4] ^= d4;
            }
            long t = a[1]; // ρ and π
            for (int i = 0; i < 24; i++) {
                int j = PI[i];
                long next = a[j];
                a[j] = Long.rotateLeft(t, RHO[i]);
                t = next;
            }
            for (int y = 0; y < 25; y += 5) { // χ
                long b0 = a[y];
                long b1 = a[y + 1];
                long b2 = a[y + 2];
                long b3 = a[y + 3];
                long b4 = a[y + 4];
                a[y] = b0 ^ (~b1 & b2);
                a[y + 1] = b1 ^ (~b2 & b3);
                a[y + 2] = b2 ^ (~b3 & b4);
                a[y + 3] = b3 ^ (~b4 & b0);
                a[y + 4] = b4 ^ (~b0 & b1);
            }
            a[0] ^= rc; // ι
        }
    }
}
