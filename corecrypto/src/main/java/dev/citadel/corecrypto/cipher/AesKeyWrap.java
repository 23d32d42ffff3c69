package dev.citadel.corecrypto.cipher;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.jca.JcaAes;
import dev.citadel.corecrypto.internal.secret.KeyBytes;

/**
 * AES key wrapping (SP 800-38F): {@link #KW} (RFC 3394) for keys that are a multiple of 8 bytes, and
 * {@link #KWP} (RFC 5649) for any length. Deterministic by design: no nonce.
 *
 * <h2>Security guarantees</h2>
 * Deterministic authenticated encryption of key material: {@link #unwrap} returns the key or throws
 * {@code AUTHENTICATION_FAILED} (integrity check value or padding mismatch).
 *
 * <h2>Does not</h2>
 * Hide whether the same key was wrapped twice under one KEK (deterministic), or authenticate context:
 * bind metadata separately.
 */
public enum AesKeyWrap {
    /** RFC 3394 / SP 800-38F KW: input 16 bytes or more, a multiple of 8. */
    KW(false),
    /** RFC 5649 / SP 800-38F KWP: input of 1 byte or more. */
    KWP(true);

    /** Bounds one call (1 MiB): key wrapping is for keys, and KW's cost grows with 6·n block operations. */
    public static final int MAX_INPUT_LENGTH = 1 << 20;

    private final boolean padded;

    AesKeyWrap(boolean padded) {
        this.padded = padded;
    }

    public byte[] wrap(SecretKeyMaterial kek, SecretKeyMaterial keyToWrap) {
        SelfTest.requireOperational();
        byte[] data = KeyBytes.borrow(keyToWrap);
        if (data.length > MAX_INPUT_LENGTH) {
            throw new InvalidInputException(Reason.LIMIT_EXCEEDED, "input above AesKeyWrap.MAX_INPUT_LENGTH");
        }
        if (padded ? data.length < 1 : data.length < 16 || data.length % 8 != 0) {
            throw new InvalidInputException(Reason.INVALID_INPUT,
                    padded ? "KWP input must not be empty" : "KW input must be 16 bytes or more and a multiple of 8");
        }
        return JcaAes.wrap(KeyBytes.borrow(kek), padded, data);
    }

    public SecretKeyMaterial unwrap(SecretKeyMaterial kek, byte[] wrapped) {
        SelfTest.requireOperational();
        if (wrapped.length > MAX_INPUT_LENGTH + 16) {
            throw new InvalidInputException(Reason.LIMIT_EXCEEDED, "input above AesKeyWrap.MAX_INPUT_LENGTH");
        }
        return KeyBytes.adopt(JcaAes.unwrap(KeyBytes.borrow(kek), padded, wrapped));
    }
}
