package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SHA256;

/**
 * An App Attest key identifier: SHA-256 of the key's uncompressed (X9.63) public point, which the app
 * receives base64-encoded from {@code generateKey}.
 *
 * @param value the 32 bytes
 */
public record KeyId(Bytes value) {

    public KeyId {
        if (value.size() != 32) {
            throw new IllegalArgumentException("a key id is 32 bytes, not " + value.size());
        }
    }

    /** Decodes the base64 string the app sends; {@code IllegalArgumentException} if it is not 32 bytes. */
    public static KeyId fromBase64(String base64) {
        return new KeyId(Bytes.fromBase64(base64));
    }

    /** The key id of {@code key}. */
    public static KeyId of(P256.Signing.PublicKey key) {
        return new KeyId(Bytes.of(SHA256.hash(key.x963Representation()).bytes()));
    }

    public String base64() {
        return value.base64();
    }

    @Override
    public String toString() {
        return base64();
    }
}
