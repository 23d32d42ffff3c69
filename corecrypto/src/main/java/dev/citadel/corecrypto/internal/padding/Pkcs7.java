package dev.citadel.corecrypto.internal.padding;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.InvalidInputException;
import java.util.Arrays;

/**
 * PKCS#7 padding to a 16-byte block (RFC 5652 §6.3). {@link #unpad} checks every padding byte with masks,
 * so its time does not depend on where the padding is wrong (it still says <em>that</em> it is wrong:
 * unauthenticated CBC remains a padding oracle for whoever sees that answer).
 */
public final class Pkcs7 {

    public static final int BLOCK = 16;

    private Pkcs7() {}

    public static byte[] pad(byte[] data) {
        int p = BLOCK - data.length % BLOCK;
        byte[] out = Arrays.copyOf(data, data.length + p);
        Arrays.fill(out, data.length, out.length, (byte) p);
        return out;
    }

    /** The data without padding, or {@code INVALID_PADDING}. {@code padded} is a non-empty multiple of 16. */
    public static byte[] unpad(byte[] padded) {
        if (padded.length == 0 || padded.length % BLOCK != 0) {
            throw new InvalidInputException(Reason.INVALID_CIPHERTEXT, "CBC ciphertext must be a non-empty multiple of 16 bytes");
        }
        int p = padded[padded.length - 1] & 0xFF;
        int bad = ((p - 1) >>> 31) | ((BLOCK - p) >>> 31); // p == 0 or p > 16
        for (int i = 1; i <= BLOCK; i++) {
            int inPadding = (i - p - 1) >>> 31; // 1 when i <= p
            int differs = ((padded[padded.length - i] & 0xFF) ^ p);
            bad |= inPadding & ((differs | -differs) >>> 31);
        }
        if (bad != 0) {
            throw new InvalidInputException(Reason.INVALID_PADDING, "invalid padding");
        }
        return Arrays.copyOf(padded, padded.length - p);
    }
}
