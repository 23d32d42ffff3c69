package dev.citadel.cryptokit;

/** SHA3_384 (CryptoKit {@code SHA3384}): a holder for {@link HashFunction#SHA3_384}. */
public final class SHA3_384 {

    private SHA3_384() {}

    /** The digest of the concatenation of {@code parts}. */
    public static Digest hash(byte[]... parts) {
        return HashFunction.SHA3_384.hash(parts);
    }
}
