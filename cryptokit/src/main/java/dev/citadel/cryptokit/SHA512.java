package dev.citadel.cryptokit;

/** SHA512 (CryptoKit {@code SHA512}): a holder for {@link HashFunction#SHA512}. */
public final class SHA512 {

    private SHA512() {}

    /** The digest of the concatenation of {@code parts}. */
    public static Digest hash(byte[]... parts) {
        return HashFunction.SHA512.hash(parts);
    }
}
