package dev.citadel.cryptokit;

/** SHA3_512 (CryptoKit {@code SHA3512}): a holder for {@link HashFunction#SHA3_512}. */
public final class SHA3_512 {

    private SHA3_512() {}

    /** The digest of the concatenation of {@code parts}. */
    public static Digest hash(byte[]... parts) {
        return HashFunction.SHA3_512.hash(parts);
    }
}
