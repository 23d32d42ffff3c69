package dev.citadel.corecrypto.internal.drbg;

/**
 * Where a {@link Drbg} gets its entropy input and nonce (SP 800-90A §8.6.3, §8.6.7). Implementations
 * must be thread-safe.
 */
@FunctionalInterface
public interface EntropySource {

    /** {@code length} bytes of entropy input, or an exception if the source failed its health tests. */
    byte[] entropy(int length);
}
