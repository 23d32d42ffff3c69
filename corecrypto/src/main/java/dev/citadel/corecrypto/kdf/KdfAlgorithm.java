package dev.citadel.corecrypto.kdf;

/** The key-derivation functions of this package, as identities a {@code CryptoProfile} can approve. */
public enum KdfAlgorithm {
    /** {@link Hkdf}: RFC 5869, the SP 800-56C Rev. 2 §5 two-step (extract-then-expand) KDF with HMAC. */
    HKDF,
    /** {@link Pbkdf2}: RFC 8018 §5.2, SP 800-132. */
    PBKDF2,
    /** {@link X963Kdf}: ANSI X9.63 §5.6.3, SP 800-135 Rev. 1 §4.1. */
    ANSI_X963,
    /** {@link OneStepKdf}: SP 800-56C Rev. 2 §4 with a hash as H. */
    ONE_STEP
}
