package dev.citadel.corecrypto.kdf;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.engine.Engines;
import dev.citadel.corecrypto.internal.secret.KeyBytes;

/**
 * HKDF (RFC 5869), also SP 800-56C rev. 2 two-step KDF with HMAC.
 *
 * <h2>Security guarantees</h2>
 * Output indistinguishable from random when the input keying material has enough min-entropy (the salt
 * helps when it does not come from a uniform key) and the hash behaves as a PRF. Different {@code info}
 * values give independent keys.
 *
 * <h2>Does not</h2>
 * Stretch passwords: low-entropy input needs {@link Pbkdf2}.
 * Output length is 1..255·HashLen bytes (RFC 5869 §2.3); anything else is {@code INVALID_OUTPUT_LENGTH}.
 */
public final class Hkdf {

    private Hkdf() {}

    /** HKDF-Extract (§2.2): the pseudorandom key. An empty salt means HashLen zero bytes. */
    public static SecretKeyMaterial extract(HashAlgorithm hash, byte[] salt, SecretKeyMaterial ikm) {
        SelfTest.requireOperational();
        return KeyBytes.adopt(Engines.hkdf(hash).extract(salt, KeyBytes.borrow(ikm)));
    }

    /** HKDF-Expand (§2.3). {@code prk} must be at least HashLen bytes ({@code INVALID_KEY_SIZE} otherwise). */
    public static SecretKeyMaterial expand(HashAlgorithm hash, SecretKeyMaterial prk, byte[] info, int length) {
        SelfTest.requireOperational();
        checkLength(hash, length);
        if (prk.size() < hash.outputLength()) {
            throw new InvalidInputException(Reason.INVALID_KEY_SIZE, "HKDF PRK must be at least " + hash.outputLength() + " bytes");
        }
        return KeyBytes.adopt(Engines.hkdf(hash).expand(KeyBytes.borrow(prk), info, length));
    }

    /** Extract then expand. */
    public static SecretKeyMaterial derive(HashAlgorithm hash, SecretKeyMaterial ikm, byte[] salt, byte[] info, int length) {
        SelfTest.requireOperational();
        checkLength(hash, length);
        return KeyBytes.adopt(Engines.hkdf(hash).derive(KeyBytes.borrow(ikm), salt, info, length));
    }

    /** The largest output for {@code hash}: 255·HashLen. */
    public static int maxOutputLength(HashAlgorithm hash) {
        return 255 * hash.outputLength();
    }

    private static void checkLength(HashAlgorithm hash, int length) {
        if (length < 1 || length > maxOutputLength(hash)) {
            throw new InvalidInputException(Reason.INVALID_OUTPUT_LENGTH,
                    "HKDF output must be 1.." + maxOutputLength(hash) + " bytes");
        }
    }
}
