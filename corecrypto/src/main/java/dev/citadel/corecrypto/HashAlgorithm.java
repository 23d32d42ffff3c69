package dev.citadel.corecrypto;

import dev.citadel.corecrypto.internal.engine.Engines;

/**
 * Fixed-output hash functions: SHA-2 (FIPS 180-4) and SHA-3 (FIPS 202). For SHAKE (variable output) see
 * {@link dev.citadel.corecrypto.digest.Shake}.
 *
 * <h2>Security guarantees</h2>
 * Collision resistance of half the output size and preimage resistance of the output size, except
 * {@link #SHA_1}. The engine is the JDK's for every member (HotSpot intrinsics; see
 * {@code docs/crypto-engines.md}).
 *
 * <h2>Does not</h2>
 * Provide a MAC: a bare hash of a secret is not a keyed construction (use {@code MacAlgorithm}).
 *
 * <p>WARNING: {@link #SHA_1} is broken for collision resistance. It is here only for legacy
 * interoperability, never for security: the PRF of legacy HMAC, HKDF and PBKDF2, and the index of
 * k-anonymity breached-password range queries (whose corpus is keyed by SHA-1); {@link #collisionResistant()}
 * is false for it.
 */
public enum HashAlgorithm {
    /** FIPS 180-4 SHA-1. Legacy interoperability only: HMAC/HKDF/PBKDF2, k-anonymity range-query prefixes. */
    SHA_1(20, false),
    /** FIPS 180-4 SHA-224. */
    SHA_224(28, true),
    /** FIPS 180-4 SHA-256. */
    SHA_256(32, true),
    /** FIPS 180-4 SHA-384. */
    SHA_384(48, true),
    /** FIPS 180-4 SHA-512. */
    SHA_512(64, true),
    /** FIPS 180-4 SHA-512/224. */
    SHA_512_224(28, true),
    /** FIPS 180-4 SHA-512/256. */
    SHA_512_256(32, true),
    /** FIPS 202 SHA3-224. */
    SHA3_224(28, true),
    /** FIPS 202 SHA3-256. */
    SHA3_256(32, true),
    /** FIPS 202 SHA3-384. */
    SHA3_384(48, true),
    /** FIPS 202 SHA3-512. */
    SHA3_512(64, true);

    private final int outputLength;
    private final boolean collisionResistant;

    HashAlgorithm(int outputLength, boolean collisionResistant) {
        this.outputLength = outputLength;
        this.collisionResistant = collisionResistant;
    }

    /** Output length in bytes. */
    public int outputLength() {
        return outputLength;
    }

    /** False for SHA-1 only: never use it where collisions matter (signatures, certificates, commitments). */
    public boolean collisionResistant() {
        return collisionResistant;
    }

    /** Hashes the concatenation of {@code parts}. */
    public byte[] digest(byte[]... parts) {
        SelfTest.requireOperational();
        return Engines.digest(this).digest(parts);
    }
}
