package dev.citadel.cryptokit.commoncrypto;

/** {@code CCOperation}: {@code kCCEncrypt}, {@code kCCDecrypt}. */
public enum CCOperation {
    ENCRYPT,
    DECRYPT
}
