package dev.citadel.cryptokit;

/** SHA384 (CryptoKit {@code SHA384}): a holder for {@link HashFunction#SHA384}. */
public final class SHA384 {

    private SHA384() {}

    /** The digest of the concatenation of {@code parts}. */
    public static Digest hash(byte[]... parts) {
        return HashFunction.SHA384.hash(parts);
    }
}
