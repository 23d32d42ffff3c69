package dev.citadel.corecrypto.internal.engine;

/** RFC 5869 HKDF over one hash. Lengths are validated by the caller. Stateless and thread-safe. */
public interface HkdfEngine {

    /** HKDF-Extract; an empty salt means HashLen zero bytes (RFC 5869 §2.2). */
    byte[] extract(byte[] salt, byte[] ikm);

    /** HKDF-Expand; {@code length <= 255 * HashLen}. */
    byte[] expand(byte[] prk, byte[] info, int length);

    /** Extract then expand. */
    default byte[] derive(byte[] ikm, byte[] salt, byte[] info, int length) {
        byte[] prk = extract(salt, ikm);
        try {
            return expand(prk, info, length);
        } finally {
            java.util.Arrays.fill(prk, (byte) 0);
        }
    }
}
