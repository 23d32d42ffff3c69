package dev.citadel.corecrypto;

import dev.citadel.corecrypto.internal.jca.JcaDigests;

/**
 * FIPS 180-4 hash functions.
 *
 * <h2>Security guarantees</h2>
 * Collision and preimage resistance of SHA-2 at the stated output size. The engine is the JDK's
 * (HotSpot intrinsics; see {@code docs/crypto-engines.md}).
 *
 * <h2>Does not</h2>
 * Provide a MAC: a bare hash of a secret is not a keyed construction.
 */
public enum HashAlgorithm {
    SHA_256(32),
    SHA_384(48),
    SHA_512(64);

    private final int outputLength;

    HashAlgorithm(int outputLength) {
        this.outputLength = outputLength;
    }

    /** Output length in bytes. */
    public int outputLength() {
        return outputLength;
    }

    /** Hashes the concatenation of {@code parts}. */
    public byte[] digest(byte[]... parts) {
        SelfTest.requireOperational();
        return JcaDigests.digest(this, parts);
    }
}
