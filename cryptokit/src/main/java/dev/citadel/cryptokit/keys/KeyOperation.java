package dev.citadel.cryptokit.keys;

/** Apple {@code SecKeyOperationType}. */
public enum KeyOperation {
    SIGN,
    VERIFY,
    ENCRYPT,
    DECRYPT,
    KEY_EXCHANGE
}
