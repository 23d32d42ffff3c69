package dev.citadel.corecrypto.pk;

import dev.citadel.corecrypto.HashAlgorithm;

/**
 * The message digests that ECDSA and RSA signatures (and RSA-OAEP) may use. SHA-1 is deliberately
 * absent: Citadel neither makes nor accepts SHA-1 signatures.
 */
public enum SignatureHash {
    SHA_224(28),
    SHA_256(32),
    SHA_384(48),
    SHA_512(64),
    SHA_512_224(28),
    SHA_512_256(32),
    SHA3_224(28),
    SHA3_256(32),
    SHA3_384(48),
    SHA3_512(64);

    private final int outputLength;

    SignatureHash(int outputLength) {
        this.outputLength = outputLength;
    }

    /** Digest length in bytes. */
    /** The same hash function as corecrypto's {@link HashAlgorithm}. */
    public HashAlgorithm hashAlgorithm() {
        return switch (this) {
            case SHA_224 -> HashAlgorithm.SHA_224;
            case SHA_256 -> HashAlgorithm.SHA_256;
            case SHA_384 -> HashAlgorithm.SHA_384;
            case SHA_512 -> HashAlgorithm.SHA_512;
            case SHA_512_224 -> HashAlgorithm.SHA_512_224;
            case SHA_512_256 -> HashAlgorithm.SHA_512_256;
            case SHA3_224 -> HashAlgorithm.SHA3_224;
            case SHA3_256 -> HashAlgorithm.SHA3_256;
            case SHA3_384 -> HashAlgorithm.SHA3_384;
            case SHA3_512 -> HashAlgorithm.SHA3_512;
        };
    }

    public int outputLength() {
        return outputLength;
    }
}
