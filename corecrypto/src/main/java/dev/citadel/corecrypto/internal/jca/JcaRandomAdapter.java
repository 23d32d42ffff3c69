package dev.citadel.corecrypto.internal.jca;

import dev.citadel.corecrypto.RandomSource;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;

/** A {@link SecureRandom} view of a {@link RandomSource}, so JCA engines draw from injected randomness. */
public final class JcaRandomAdapter extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private JcaRandomAdapter(RandomSource source) {
        super(new Spi(source), null);
    }

    public static SecureRandom of(RandomSource source) {
        return new JcaRandomAdapter(source);
    }

    private static final class Spi extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;
        private final transient RandomSource source;

        Spi(RandomSource source) {
            this.source = source;
        }

        @Override
        protected void engineSetSeed(byte[] seed) {
            // Seeding is the RandomSource's business; JCA engines must not reseed it.
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            source.nextBytes(bytes);
        }

        @Override
        protected byte[] engineGenerateSeed(int numBytes) {
            return source.bytes(numBytes);
        }
    }
}
