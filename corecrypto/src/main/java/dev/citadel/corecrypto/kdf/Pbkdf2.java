package dev.citadel.corecrypto.kdf;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.engine.Engines;
import dev.citadel.corecrypto.internal.kdf.Pbkdf2Engine;
import dev.citadel.corecrypto.internal.secret.KeyBytes;

/**
 * PBKDF2 with HMAC (RFC 8018 §5.2, SP 800-132).
 *
 * <h2>Security guarantees</h2>
 * Each password guess costs {@code iterations} HMAC computations per output block.
 *
 * <h2>Does not</h2>
 * Resist GPU/ASIC guessing the way a memory-hard function does. It does not pick parameters: OWASP (2023)
 * suggests 600,000 iterations with HMAC-SHA-256; SP 800-132 wants a salt of at least 16 bytes.
 * The password is bytes (encode text as UTF-8); the caller clears its copy.
 */
public final class Pbkdf2 {

    /** Bounds CPU per call on hostile parameters: about a minute of SHA-1 on one core. */
    public static final int MAX_ITERATIONS = 50_000_000;
    /** Bounds output (and so work, one iteration run per hash block) per call. */
    public static final int MAX_OUTPUT_LENGTH = 1 << 16;

    private Pbkdf2() {}

    public static SecretKeyMaterial derive(HashAlgorithm prf, byte[] password, byte[] salt, int iterations, int length) {
        SelfTest.requireOperational();
        if (iterations < 1) {
            throw new InvalidInputException(Reason.INVALID_INPUT, "PBKDF2 needs at least one iteration");
        }
        if (iterations > MAX_ITERATIONS) {
            throw new InvalidInputException(Reason.LIMIT_EXCEEDED, "iterations above Pbkdf2.MAX_ITERATIONS");
        }
        if (length < 1 || length > MAX_OUTPUT_LENGTH) {
            throw new InvalidInputException(Reason.INVALID_OUTPUT_LENGTH, "PBKDF2 output must be 1.." + MAX_OUTPUT_LENGTH + " bytes");
        }
        return KeyBytes.adopt(Pbkdf2Engine.derive(Engines.hmac(prf), password, salt, iterations, length));
    }
}
