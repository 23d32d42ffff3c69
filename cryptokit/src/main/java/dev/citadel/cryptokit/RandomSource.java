package dev.citadel.cryptokit;

/**
 * Cryptographically secure random bytes. Capability modules take all their randomness from here
 * ({@link #system()} is corecrypto's SP 800-90A DRBG); tests inject a deterministic source.
 *
 * <h2>Security guarantees</h2>
 * {@link #system()} is thread-safe, seeded by the operating system and refuses to serve while corecrypto
 * is in its error state.
 *
 * <h2>Does not</h2>
 * Offer a non-cryptographic generator, or let a caller reseed the system DRBG.
 */
public interface RandomSource {

    /** Fills {@code out} with random bytes. */
    void nextBytes(byte[] out);

    /** {@code length} fresh random bytes. */
    default byte[] bytes(int length) {
        if (length < 0) {
            throw CryptoKitException.of(CryptoKitException.Reason.INVALID_PARAMETER, "negative length");
        }
        byte[] out = new byte[length];
        nextBytes(out);
        return out;
    }

    /** The system DRBG (corecrypto's). */
    static RandomSource system() {
        return SystemSource.INSTANCE;
    }

    /** The system DRBG as a cryptokit source. */
    final class SystemSource implements RandomSource {
        private static final SystemSource INSTANCE = new SystemSource();

        private SystemSource() {}

        @Override
        public void nextBytes(byte[] out) {
            dev.citadel.cryptokit.internal.failure.CoreFailures.run(() -> dev.citadel.corecrypto.RandomSource.system().nextBytes(out));
        }
    }
}
