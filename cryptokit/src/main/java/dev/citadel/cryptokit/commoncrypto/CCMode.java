package dev.citadel.cryptokit.commoncrypto;

/** {@code CCMode} for {@link Cryptor#create(CCOperation, CCMode, CCAlgorithm, boolean, dev.citadel.cryptokit.SymmetricKey, byte[])}. */
public enum CCMode {
    /** {@code kCCModeECB}: WARNING: leaks equal plaintext blocks. */
    ECB,
    /** {@code kCCModeCBC}. */
    CBC,
    /** {@code kCCModeCTR}, 128-bit big-endian counter. */
    CTR
}
