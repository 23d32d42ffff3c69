package dev.citadel.corecrypto.internal.engine;

/**
 * One AEAD algorithm. Implementations validate key, nonce and tag lengths themselves and throw the
 * corecrypto reasons ({@code INVALID_KEY_SIZE}, {@code INVALID_NONCE}, {@code INVALID_TAG_SIZE},
 * {@code INVALID_CIPHERTEXT}, {@code AUTHENTICATION_FAILED}). {@link #open} never releases plaintext
 * unless the tag verified. Stateless and thread-safe.
 */
public interface AeadEngine {

    /** {@code ciphertext || tag}. */
    byte[] seal(byte[] key, byte[] nonce, byte[] plaintext, byte[] aad, int tagLength);

    /** The plaintext of {@code ciphertext || tag}, or throws. */
    byte[] open(byte[] key, byte[] nonce, byte[] ciphertextAndTag, byte[] aad, int tagLength);
}
