package dev.citadel.corecrypto.cipher;

/** The unauthenticated AES modes of this package, as identities a {@code CryptoProfile} can approve. */
public enum CipherMode {
    /** {@link AesCbc}: SP 800-38A §6.2 with PKCS#7 padding and a random IV. */
    AES_CBC,
    /** {@link AesCtr}: SP 800-38A §6.5 with a random initial counter block. */
    AES_CTR
}
