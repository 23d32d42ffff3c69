package dev.citadel.cryptokit.commoncrypto;

/** {@code CCOptions} for {@link CommonCrypto#crypt}: CBC unless {@link #ECB_MODE}, no padding unless {@link #PKCS7_PADDING}. */
public enum CCOption {
    /** {@code kCCOptionPKCS7Padding}. */
    PKCS7_PADDING,
    /** {@code kCCOptionECBMode}. */
    ECB_MODE
}
