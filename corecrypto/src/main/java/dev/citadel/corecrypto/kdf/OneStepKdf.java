package dev.citadel.corecrypto.kdf;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.engine.Engines;
import dev.citadel.corecrypto.internal.kdf.HashCounterKdf;
import dev.citadel.corecrypto.internal.secret.KeyBytes;

/**
 * The one-step key-derivation function of SP 800-56C rev. 2 §4.1 with H = a hash function (option 1,
 * the "concatenation KDF" of SP 800-56A): {@code H(counter || Z || FixedInfo)}.
 *
 * <h2>Does not</h2>
 * Offer the HMAC or KMAC options of §4.1 (options 2 and 3), or build FixedInfo: encode it per §5.8.2.
 */
public final class OneStepKdf {

    /** Bounds memory and work per call (64 KiB is far beyond any key). */
    public static final int MAX_OUTPUT_LENGTH = 1 << 16;

    private OneStepKdf() {}

    public static SecretKeyMaterial derive(HashAlgorithm hash, SecretKeyMaterial z, byte[] fixedInfo, int length) {
        SelfTest.requireOperational();
        checkLength(length);
        return KeyBytes.adopt(HashCounterKdf.oneStep(Engines.digest(hash), KeyBytes.borrow(z), fixedInfo, length));
    }

    static void checkLength(int length) {
        if (length < 1 || length > MAX_OUTPUT_LENGTH) {
            throw new InvalidInputException(Reason.INVALID_OUTPUT_LENGTH, "output must be 1.." + MAX_OUTPUT_LENGTH + " bytes");
        }
    }
}
