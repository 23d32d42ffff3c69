package dev.citadel.corecrypto.internal.engine;

/** Computes one fixed-output hash function. Implementations are stateless and thread-safe. */
public interface DigestEngine {

    /** The hash of the concatenation of {@code parts}. */
    byte[] digest(byte[]... parts);
}
