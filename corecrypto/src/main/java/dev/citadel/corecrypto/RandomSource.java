package dev.citadel.corecrypto;

import dev.citadel.corecrypto.internal.jca.JcaRandom;

/**
 * Cryptographically secure random bytes from an SP 800-90A DRBG seeded by the operating system. All
 * randomness in Citadel comes from here; tests inject their own {@code RandomSource} where they need
 * determinism.
 */
public interface RandomSource {

    /** Fills {@code out} with random bytes. */
    void nextBytes(byte[] out);

    /** {@code length} fresh random bytes. */
    default byte[] bytes(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length");
        }
        byte[] out = new byte[length];
        nextBytes(out);
        return out;
    }

    /** The system DRBG. Thread-safe. */
    static RandomSource system() {
        return SystemRandom.INSTANCE;
    }

    /** Holder of the one system DRBG instance. */
    final class SystemRandom implements RandomSource {
        private static final SystemRandom INSTANCE = new SystemRandom();

        private SystemRandom() {}

        @Override
        public void nextBytes(byte[] out) {
            SelfTest.requireOperational();
            JcaRandom.fill(out);
        }
    }
}
