package dev.citadel.corecrypto.internal.jca;

import java.math.BigInteger;
import java.util.Arrays;

/** Conversions between JCA values and the fixed-length byte strings corecrypto stores. */
public final class JcaBytes {

    private JcaBytes() {}

    /** {@code v} as an unsigned big-endian string of exactly {@code length} bytes. */
    public static byte[] fixed(BigInteger v, int length) {
        byte[] b = v.toByteArray();
        if (b.length == length) {
            return b;
        }
        byte[] out = new byte[length];
        if (b.length > length) {
            if (b.length == length + 1 && b[0] == 0) {
                System.arraycopy(b, 1, out, 0, length);
                Arrays.fill(b, (byte) 0);
                return out;
            }
            throw new IllegalArgumentException("value longer than " + length + " bytes");
        }
        System.arraycopy(b, 0, out, length - b.length, b.length);
        Arrays.fill(b, (byte) 0);
        return out;
    }

    /** A JCA failure on validated input: a broken runtime or a Citadel bug, never the caller's fault. */
    public static IllegalStateException bug(Exception e) {
        return new IllegalStateException("JCA engine failed on validated input (bug or broken runtime): " + e, e);
    }
}
