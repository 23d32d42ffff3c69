package dev.citadel.cryptokit;

import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.CoreViews;
import dev.citadel.cryptokit.internal.material.KeyMaterial;
import java.util.Arrays;

/** The shared body of {@link AES.GCM.SealedBox} and {@link ChaChaPoly.SealedBox}: {@code nonce || ciphertext || tag}. */
abstract class AeadBox {

    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;

    private final byte[] combined;

    AeadBox(byte[] combined) {
        this.combined = combined;
    }

    static byte[] checkCombined(byte[] combined) {
        if (combined.length < NONCE_BYTES + TAG_BYTES) {
            throw CryptoKitException.of(Reason.INVALID_CIPHERTEXT,
                    "sealed box of " + combined.length + " bytes is shorter than nonce and tag (" + (NONCE_BYTES + TAG_BYTES) + ")");
        }
        return combined.clone();
    }

    static byte[] fromParts(byte[] nonce, byte[] ciphertext, byte[] tag) {
        if (nonce.length != NONCE_BYTES) {
            throw CryptoKitException.of(Reason.INCORRECT_PARAMETER_SIZE, "nonce must be " + NONCE_BYTES + " bytes");
        }
        if (tag.length != TAG_BYTES) {
            throw CryptoKitException.of(Reason.INCORRECT_PARAMETER_SIZE, "tag must be " + TAG_BYTES + " bytes");
        }
        byte[] out = new byte[NONCE_BYTES + ciphertext.length + TAG_BYTES];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(ciphertext, 0, out, NONCE_BYTES, ciphertext.length);
        System.arraycopy(tag, 0, out, NONCE_BYTES + ciphertext.length, TAG_BYTES);
        return out;
    }

    static byte[] seal(Aead aead, byte[] plaintext, SymmetricKey key, byte[] aad, RandomSource random) {
        return CoreFailures.call(() -> aead.seal(KeyMaterial.borrow(key), plaintext, aad, CoreViews.random(random)).combined());
    }

    static byte[] open(Aead aead, AeadBox box, SymmetricKey key, byte[] aad) {
        return CoreFailures.call(() ->
                aead.open(KeyMaterial.borrow(key), dev.citadel.corecrypto.aead.SealedBox.fromCombined(aead, box.combined), aad));
    }

    /** {@code nonce || ciphertext || tag} (CryptoKit {@code combined}). */
    public byte[] combined() {
        return combined.clone();
    }

    public byte[] nonce() {
        return Arrays.copyOf(combined, NONCE_BYTES);
    }

    public byte[] ciphertext() {
        return Arrays.copyOfRange(combined, NONCE_BYTES, combined.length - TAG_BYTES);
    }

    public byte[] tag() {
        return Arrays.copyOfRange(combined, combined.length - TAG_BYTES, combined.length);
    }
}
