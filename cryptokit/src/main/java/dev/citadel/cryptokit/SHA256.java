package dev.citadel.cryptokit;

/** SHA256 (CryptoKit {@code SHA256}): a holder for {@link HashFunction#SHA256}. */
public final class SHA256 {

    private SHA256() {}

    /** The digest of the concatenation of {@code parts}. */
    public static Digest hash(byte[]... parts) {
        return HashFunction.SHA256.hash(parts);
    }
}
