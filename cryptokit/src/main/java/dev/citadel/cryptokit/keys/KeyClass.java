package dev.citadel.cryptokit.keys;

/** Apple {@code kSecAttrKeyClass}: which half of the pair a {@link SecKey} holds. */
public enum KeyClass {
    PUBLIC,
    PRIVATE
}
