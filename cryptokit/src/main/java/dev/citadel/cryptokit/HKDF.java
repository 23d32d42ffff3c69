package dev.citadel.cryptokit;

import dev.citadel.corecrypto.kdf.Hkdf;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.CoreViews;
import dev.citadel.cryptokit.internal.material.KeyMaterial;

/**
 * HKDF (RFC 5869) over a {@link HashFunction} (CryptoKit {@code HKDF<H>}).
 *
 * <h2>Security guarantees</h2>
 * Output indistinguishable from random for input keying material with enough min-entropy; distinct
 * {@code info} values give independent keys.
 *
 * <h2>Does not</h2>
 * Stretch passwords (use {@code commoncrypto.PBKDF2}). Output is 1..255·HashLen bytes; other lengths
 * throw {@code INCORRECT_PARAMETER_SIZE}.
 */
public final class HKDF {

    private HKDF() {}

    /** Extract then expand. An empty salt means HashLen zero bytes (RFC 5869 §2.2). */
    public static SymmetricKey deriveKey(HashFunction hash, SymmetricKey inputKeyMaterial, byte[] salt, byte[] info, int outputByteCount) {
        return KeyMaterial.adopt(CoreFailures.call(() ->
                Hkdf.derive(CoreViews.hash(hash), KeyMaterial.borrow(inputKeyMaterial), salt, info, outputByteCount)));
    }

    /** HKDF-Extract: the pseudorandom key. */
    public static SymmetricKey extract(HashFunction hash, SymmetricKey inputKeyMaterial, byte[] salt) {
        return KeyMaterial.adopt(CoreFailures.call(() -> Hkdf.extract(CoreViews.hash(hash), salt, KeyMaterial.borrow(inputKeyMaterial))));
    }

    /** HKDF-Expand. */
    public static SymmetricKey expand(HashFunction hash, SymmetricKey pseudoRandomKey, byte[] info, int outputByteCount) {
        return KeyMaterial.adopt(CoreFailures.call(() ->
                Hkdf.expand(CoreViews.hash(hash), KeyMaterial.borrow(pseudoRandomKey), info, outputByteCount)));
    }
}
