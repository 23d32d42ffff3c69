package dev.citadel.cryptokit;

/** SHA3_256 (CryptoKit {@code SHA3256}): a holder for {@link HashFunction#SHA3_256}. */
public final class SHA3_256 {

    private SHA3_256() {}

    /** The digest of the concatenation of {@code parts}. */
    public static Digest hash(byte[]... parts) {
        return HashFunction.SHA3_256.hash(parts);
    }
}
