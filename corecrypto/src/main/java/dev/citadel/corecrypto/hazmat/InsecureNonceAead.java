package dev.citadel.corecrypto.hazmat;

import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.corecrypto.internal.engine.Engines;
import dev.citadel.corecrypto.internal.secret.KeyBytes;

/**
 * AEAD with a caller-chosen nonce and tag length, for protocols that fix them (TLS record nonces, HPKE,
 * Apple's ECIES with its fixed IV, test vectors).
 *
 * <p>WARNING: reusing a nonce under one key with {@code AES_GCM}, {@code CHACHA20_POLY1305} or
 * {@code XCHACHA20_POLY1305} reveals the XOR of plaintexts and lets an attacker forge tags. Short tags
 * ({@code AES_GCM} accepts 4, 8 and 12..16 bytes) weaken forgery resistance (SP 800-38D Appendix C).
 * Non-12-byte GCM nonces are hashed into the counter (SP 800-38D §7.1) and are accepted for
 * interoperability only.
 */
public final class InsecureNonceAead {

    private InsecureNonceAead() {}

    /** {@code ciphertext || tag}. */
    public static byte[] seal(Aead algorithm, SecretKeyMaterial key, byte[] nonce, byte[] plaintext, byte[] aad, int tagLength) {
        SelfTest.requireOperational();
        return Engines.aead(algorithm).seal(KeyBytes.borrow(key), nonce, plaintext, aad, tagLength);
    }

    /** The plaintext of {@code ciphertext || tag}, or throws. */
    public static byte[] open(Aead algorithm, SecretKeyMaterial key, byte[] nonce, byte[] ciphertextAndTag, byte[] aad, int tagLength) {
        SelfTest.requireOperational();
        return Engines.aead(algorithm).open(KeyBytes.borrow(key), nonce, ciphertextAndTag, aad, tagLength);
    }
}
