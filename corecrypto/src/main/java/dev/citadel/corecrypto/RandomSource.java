package dev.citadel.corecrypto;

import dev.citadel.corecrypto.internal.drbg.SystemDrbg;

/**
 * Cryptographically secure random bytes. All randomness in Citadel comes from here; tests inject their own
 * {@code RandomSource} where they need determinism.
 *
 * <h2>Security guarantees</h2>
 * {@link #system()} is corecrypto's own HMAC_DRBG (SP 800-90A Rev. 1 §10.1.2, SHA-512, 256-bit security
 * strength), validated against the ACVP vectors, KAT-tested at power-on, and seeded from the operating
 * system through continuous SP 800-90B §4.4 health tests. It refuses in the error state.
 *
 * <h2>Does not</h2>
 * Claim a validated entropy source: the OS source beneath is assumed, not assessed (see
 * {@code docs/crypto-fips.md}).
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

    /** The system DRBG. Thread-safe (striped instances behind locks; no {@code ThreadLocal}). */
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
            SystemDrbg.fill(out);
        }
    }
}
