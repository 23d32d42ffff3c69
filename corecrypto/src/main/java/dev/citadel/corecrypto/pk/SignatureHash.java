package dev.citadel.corecrypto.pk;

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
    public int outputLength() {
        return outputLength;
    }
}
