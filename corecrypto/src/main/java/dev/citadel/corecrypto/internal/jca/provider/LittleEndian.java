package dev.citadel.corecrypto.internal.jca.provider;

import java.math.BigInteger;

/** RFC 7748 / RFC 8032 little-endian integers. */
final class LittleEndian {

    private LittleEndian() {}

    /** A reversed copy of {@code in} (in place on the copy). */
    static byte[] reverse(byte[] in) {
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[in.length - 1 - i];
        }
        return out;
    }

    /** {@code v} (0 ≤ v < 2^(8·length)) as {@code length} little-endian bytes. */
    static byte[] encode(BigInteger v, int length) {
        byte[] be = v.toByteArray();
        byte[] out = new byte[length];
        for (int i = 0; i < length && i < be.length; i++) {
            out[i] = be[be.length - 1 - i];
        }
        return out;
    }
}
