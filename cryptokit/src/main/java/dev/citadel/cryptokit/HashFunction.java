package dev.citadel.cryptokit;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.cryptokit.internal.failure.CoreFailures;

/**
 * The hash functions cryptokit offers (CryptoKit's {@code HashFunction} conformers): SHA-2 (FIPS 180-4)
 * and SHA-3 (FIPS 202). Each also has a holder class ({@link SHA256#hash}, …) for CryptoKit-like calls.
 *
 * <h2>Security guarantees</h2>
 * Collision resistance of half the output size. {@link Digest#equals} compares in constant time.
 *
 * <h2>Does not</h2>
 * Offer SHA-1 or MD5 (CryptoKit's {@code Insecure}); stream: the input is in memory.
 */
public enum HashFunction {
    SHA256(HashAlgorithm.SHA_256),
    SHA384(HashAlgorithm.SHA_384),
    SHA512(HashAlgorithm.SHA_512),
    SHA3_256(HashAlgorithm.SHA3_256),
    SHA3_384(HashAlgorithm.SHA3_384),
    SHA3_512(HashAlgorithm.SHA3_512);

    private final HashAlgorithm core;

    HashFunction(HashAlgorithm core) {
        this.core = core;
    }

    /** Output length in bytes. */
    public int byteCount() {
        return core.outputLength();
    }

    /** The digest of the concatenation of {@code parts}. */
    public Digest hash(byte[]... parts) {
        return new Digest(this, CoreFailures.call(() -> core.digest(parts)));
    }

    /** corecrypto's identity for this function (for cryptokit's own packages). */
    public HashAlgorithm coreAlgorithm() {
        return core;
    }
}
