package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import dev.citadel.cryptokit.SHA256;

/**
 * The {@code clientDataHash} an app passed to {@code attestKey}. Apps normally pass SHA-256 of data that
 * embeds the server's challenge ({@link #sha256Of}); Apple's own documentation samples pass the raw challenge
 * bytes instead ({@link #raw}). The choice is explicit: a verifier never tries one form after the other.
 *
 * @param value the bytes appended to authenticator data to form the nonce
 * @param form  how they were obtained
 */
public record ClientDataHash(Bytes value, Form form) {

    /** How the bytes were obtained. */
    public enum Form { SHA256_OF_CLIENT_DATA, RAW }

    /** Largest raw value accepted. */
    public static final int MAX_RAW_BYTES = 1024;

    public ClientDataHash {
        if (value.isEmpty() || value.size() > MAX_RAW_BYTES) {
            throw new IllegalArgumentException("clientDataHash must be 1 to " + MAX_RAW_BYTES + " bytes");
        }
    }

    /** SHA-256 of {@code clientData}: what apps following Apple's guidance pass. */
    public static ClientDataHash sha256Of(byte[] clientData) {
        return new ClientDataHash(Bytes.of(SHA256.hash(clientData).bytes()), Form.SHA256_OF_CLIENT_DATA);
    }

    /** {@code bytes} themselves, unhashed, as Apple's documentation samples pass the challenge. */
    public static ClientDataHash raw(byte[] bytes) {
        return new ClientDataHash(Bytes.of(bytes), Form.RAW);
    }
}
