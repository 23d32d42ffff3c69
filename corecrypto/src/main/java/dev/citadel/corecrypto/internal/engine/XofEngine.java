package dev.citadel.corecrypto.internal.engine;

/** Computes one extendable-output function. Stateless and thread-safe. */
public interface XofEngine {

    /** {@code outputLength} bytes of output over the concatenation of {@code parts}. */
    byte[] digest(int outputLength, byte[]... parts);
}
