package dev.citadel.cryptokit;

import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.corecrypto.cipher.AesKeyWrap;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.KeyMaterial;

/**
 * The AES family (CryptoKit {@code AES}). {@link GCM}: AES-GCM (SP 800-38D) with a 12-byte nonce the
 * library draws and a 16-byte tag. {@link KeyWrap}: RFC 3394 key wrapping.
 *
 * <pre>{@code
 * AES.GCM.SealedBox box = AES.GCM.seal(plaintext, key, aad);
 * byte[] wire = box.combined();
 * byte[] plain = AES.GCM.open(AES.GCM.SealedBox.fromCombined(wire), key, aad);
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * IND-CCA2 and ciphertext integrity of plaintext and AAD. {@code open} returns the plaintext or throws
 * {@code AUTHENTICATION_FAILURE}; it never releases unauthenticated bytes. Keys of 128, 192 or 256 bits;
 * anything else is {@code INCORRECT_KEY_SIZE}.
 *
 * <h2>Does not</h2>
 * Take a caller's nonce (that lives in {@code corecrypto.hazmat}); hide the plaintext length; stop replays.
 * WARNING: random 96-bit nonces limit one key to 2^32 messages (SP 800-38D §8.3).
 */
public final class AES {

    private AES() {}

    /** AES-GCM with library-generated nonces. */
    public static final class GCM {

        private GCM() {}

        public static SealedBox seal(byte[] plaintext, SymmetricKey key) {
            return seal(plaintext, key, new byte[0]);
        }

        public static SealedBox seal(byte[] plaintext, SymmetricKey key, byte[] authenticatedData) {
            return seal(plaintext, key, authenticatedData, RandomSource.system());
        }

        /** Seals under a nonce drawn from {@code random} (tests inject a deterministic source). */
        public static SealedBox seal(byte[] plaintext, SymmetricKey key, byte[] authenticatedData, RandomSource random) {
            checkKey(key);
            return new SealedBox(AeadBox.seal(Aead.AES_GCM, plaintext, key, authenticatedData, random));
        }

        public static byte[] open(SealedBox box, SymmetricKey key) {
            return open(box, key, new byte[0]);
        }

        /** The plaintext, or throws {@code AUTHENTICATION_FAILURE}. */
        public static byte[] open(SealedBox box, SymmetricKey key, byte[] authenticatedData) {
            checkKey(key);
            return AeadBox.open(Aead.AES_GCM, box, key, authenticatedData);
        }

        static void checkKey(SymmetricKey key) {
            int bits = key.bitCount();
            if (bits != 128 && bits != 192 && bits != 256) {
                throw CryptoKitException.of(Reason.INCORRECT_KEY_SIZE, "AES key must be 128, 192 or 256 bits, not " + bits);
            }
        }

        /** An AES-GCM output: {@code nonce (12) || ciphertext || tag (16)}. Immutable. */
        public static final class SealedBox extends AeadBox {

            private SealedBox(byte[] combined) {
                super(combined);
            }

            /** Parses the combined form; {@code INVALID_CIPHERTEXT} if shorter than nonce and tag. */
            public static SealedBox fromCombined(byte[] combined) {
                return new SealedBox(checkCombined(combined));
            }

            /** From parts; {@code INCORRECT_PARAMETER_SIZE} unless the nonce is 12 and the tag 16 bytes. */
            public static SealedBox of(byte[] nonce, byte[] ciphertext, byte[] tag) {
                return new SealedBox(fromParts(nonce, ciphertext, tag));
            }

            @Override
            public String toString() {
                return "AES.GCM.SealedBox[" + ciphertext().length + " bytes]";
            }
        }
    }

    /**
     * AES key wrap, RFC 3394 / SP 800-38F KW (CryptoKit {@code AES.KeyWrap}): deterministic authenticated
     * encryption of a key (16 bytes or more, a multiple of 8) under a key-encryption key.
     *
     * <p>Security guarantees: {@link #unwrap} returns the key or throws {@code AUTHENTICATION_FAILURE}.
     * Does not: hide that the same key was wrapped twice under one KEK, or bind context.
     */
    public static final class KeyWrap {

        private KeyWrap() {}

        public static byte[] wrap(SymmetricKey keyToWrap, SymmetricKey kek) {
            GCM.checkKey(kek);
            return CoreFailures.call(() -> AesKeyWrap.KW.wrap(KeyMaterial.borrow(kek), KeyMaterial.borrow(keyToWrap)));
        }

        public static SymmetricKey unwrap(byte[] wrapped, SymmetricKey kek) {
            GCM.checkKey(kek);
            if (wrapped.length < 24 || wrapped.length % 8 != 0) {
                throw CryptoKitException.of(Reason.INVALID_CIPHERTEXT, "wrapped key must be 24 bytes or more, a multiple of 8");
            }
            return KeyMaterial.adopt(CoreFailures.call(() -> AesKeyWrap.KW.unwrap(KeyMaterial.borrow(kek), wrapped)));
        }
    }
}
