package dev.citadel.cryptokit;

import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.CoreViews;

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
    SHA256(32),
    SHA384(48),
    SHA512(64),
    SHA3_256(32),
    SHA3_384(48),
    SHA3_512(64);

    private final int byteCount;

    HashFunction(int byteCount) {
        this.byteCount = byteCount;
    }

    /** Output length in bytes. */
    public int byteCount() {
        return byteCount;
    }

    /** The digest of the concatenation of {@code parts}. */
    public Digest hash(byte[]... parts) {
        return new Digest(this, CoreFailures.call(() -> CoreViews.hash(this).digest(parts)));
    }
}
