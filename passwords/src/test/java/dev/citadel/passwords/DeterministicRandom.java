package dev.citadel.passwords;

import dev.citadel.cryptokit.RandomSource;
import java.util.SplittableRandom;

/** A seeded, reproducible {@link RandomSource} for tests (never for production). */
final class DeterministicRandom implements RandomSource {

    private final SplittableRandom random;

    DeterministicRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public synchronized void nextBytes(byte[] out) {
        random.nextBytes(out);
    }
}
