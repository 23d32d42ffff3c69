package dev.citadel.cryptokit;

import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.cryptokit.CryptoKitException.Reason;

/**
 * ChaCha20-Poly1305 (RFC 8439; CryptoKit {@code ChaChaPoly}) with a 12-byte nonce the library draws.
 *
 * <h2>Security guarantees</h2>
 * IND-CCA2 and ciphertext integrity; {@code open} returns the plaintext or throws
 * {@code AUTHENTICATION_FAILURE}. 256-bit keys only ({@code INCORRECT_KEY_SIZE} otherwise).
 *
 * <h2>Does not</h2>
 * Take a caller's nonce; hide lengths. WARNING: random 96-bit nonces limit one key to 2^32 messages.
 */
public final class ChaChaPoly {

    private ChaChaPoly() {}

    public static SealedBox seal(byte[] plaintext, SymmetricKey key) {
        return seal(plaintext, key, new byte[0]);
    }

    public static SealedBox seal(byte[] plaintext, SymmetricKey key, byte[] authenticatedData) {
        return seal(plaintext, key, authenticatedData, RandomSource.system());
    }

    public static SealedBox seal(byte[] plaintext, SymmetricKey key, byte[] authenticatedData, RandomSource random) {
        checkKey(key);
        return new SealedBox(AeadBox.seal(Aead.CHACHA20_POLY1305, plaintext, key, authenticatedData, random));
    }

    public static byte[] open(SealedBox box, SymmetricKey key) {
        return open(box, key, new byte[0]);
    }

    public static byte[] open(SealedBox box, SymmetricKey key, byte[] authenticatedData) {
        checkKey(key);
        return AeadBox.open(Aead.CHACHA20_POLY1305, box, key, authenticatedData);
    }

    private static void checkKey(SymmetricKey key) {
        if (key.bitCount() != 256) {
            throw CryptoKitException.of(Reason.INCORRECT_KEY_SIZE, "ChaChaPoly key must be 256 bits, not " + key.bitCount());
        }
    }

    /** A ChaCha20-Poly1305 output: {@code nonce (12) || ciphertext || tag (16)}. Immutable. */
    public static final class SealedBox extends AeadBox {

        private SealedBox(byte[] combined) {
            super(combined);
        }

        public static SealedBox fromCombined(byte[] combined) {
            return new SealedBox(checkCombined(combined));
        }

        public static SealedBox of(byte[] nonce, byte[] ciphertext, byte[] tag) {
            return new SealedBox(fromParts(nonce, ciphertext, tag));
        }

        @Override
        public String toString() {
            return "ChaChaPoly.SealedBox[" + ciphertext().length + " bytes]";
        }
    }
}
