package dev.citadel.cryptokit.commoncrypto;

import dev.citadel.corecrypto.kdf.Pbkdf2;
import dev.citadel.cryptokit.HashFunction;
import dev.citadel.cryptokit.SymmetricKey;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.CoreViews;
import dev.citadel.cryptokit.internal.material.KeyMaterial;

/**
 * {@code CCKeyDerivationPBKDF(kCCPBKDF2, …)}: PBKDF2 with HMAC (RFC 8018 §5.2).
 *
 * <h2>Security guarantees</h2>
 * Each guess costs {@code rounds} HMACs per output block; limits are corecrypto's
 * ({@code Pbkdf2.MAX_ITERATIONS}, {@code Pbkdf2.MAX_OUTPUT_LENGTH}).
 *
 * <h2>Does not</h2>
 * Choose parameters (OWASP 2023: 600,000 rounds of HMAC-SHA-256, salt ≥ 16 bytes); offer SHA-1; resist
 * GPUs like a memory-hard function.
 */
public final class PBKDF2 {

    private PBKDF2() {}

    /** The password is bytes (encode text as UTF-8); the caller clears its copy. */
    public static SymmetricKey derive(byte[] password, byte[] salt, HashFunction prf, int rounds, int derivedKeyLength) {
        return KeyMaterial.adopt(CoreFailures.call(() -> Pbkdf2.derive(CoreViews.hash(prf), password, salt, rounds, derivedKeyLength)));
    }
}
