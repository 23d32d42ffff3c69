package dev.citadel.corecrypto.kdf;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.engine.Engines;
import dev.citadel.corecrypto.internal.kdf.HashCounterKdf;
import dev.citadel.corecrypto.internal.secret.KeyBytes;

/**
 * The ANSI X9.63 KDF (SEC 1 v2 §3.6.1; SP 800-135 rev. 1 §4.1): {@code Hash(Z || counter || SharedInfo)},
 * the KDF of Apple's ECIES and many EC key-agreement protocols.
 *
 * <h2>Does not</h2>
 * Extract: Z should be a shared secret of full entropy. Output up to {@link OneStepKdf#MAX_OUTPUT_LENGTH}.
 */
public final class X963Kdf {

    private X963Kdf() {}

    public static SecretKeyMaterial derive(HashAlgorithm hash, SecretKeyMaterial z, byte[] sharedInfo, int length) {
        SelfTest.requireOperational();
        OneStepKdf.checkLength(length);
        return KeyBytes.adopt(HashCounterKdf.x963(Engines.digest(hash), KeyBytes.borrow(z), sharedInfo, length));
    }
}
