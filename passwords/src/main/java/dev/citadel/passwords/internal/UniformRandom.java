package dev.citadel.passwords.internal;

import dev.citadel.cryptokit.RandomSource;
import java.util.Objects;

/**
 * Unbiased uniform choices from a {@link RandomSource}, by rejection sampling: a draw of {@code width}
 * bytes is an unsigned integer {@code u}; draws at or above the largest multiple of {@code bound} that fits
 * are thrown away, so {@code u mod bound} is exactly uniform. Expected draws per choice are below 2.
 */
public final class UniformRandom {

    /** Bytes per draw in production: bias-free, and rejections are rarer than 1 in 2^31 for small bounds. */
    static final int PRODUCTION_WIDTH = 4;

    private final RandomSource source;
    private final int width;
    private final byte[] buffer;

    public UniformRandom(RandomSource source) {
        this(source, PRODUCTION_WIDTH);
    }

    /** A narrower draw width makes rejection observable in tests; production always uses 4 bytes. */
    UniformRandom(RandomSource source, int width) {
        if (width < 1 || width > 4) {
            throw new IllegalArgumentException("width must be 1..4 bytes");
        }
        this.source = Objects.requireNonNull(source, "source");
        this.width = width;
        this.buffer = new byte[width];
    }

    /** A uniformly distributed integer in {@code [0, bound)}. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long range = 1L << (8 * width);
        if (bound > range) {
            throw new IllegalArgumentException("bound exceeds the draw width");
        }
        long limit = range - (range % bound); // accept u < limit: exactly limit / bound draws per value
        while (true) {
            long u = draw();
            if (u < limit) {
                return (int) (u % bound);
            }
        }
    }

    /** A uniformly chosen character of {@code alphabet} (which must not be empty). */
    public char pick(CharSequence alphabet) {
        return alphabet.charAt(nextInt(alphabet.length()));
    }

    private long draw() {
        synchronized (buffer) {
            source.nextBytes(buffer);
            long u = 0;
            for (byte b : buffer) {
                u = (u << 8) | (b & 0xff);
            }
            return u;
        }
    }
}
