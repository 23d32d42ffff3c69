package dev.citadel.server.appattest;

import dev.citadel.encoding.Bytes;
import dev.citadel.attest.KeyId;
import java.util.Objects;

/**
 * A request whose App Attest assertion verified: the attested key that signed it, the counter now stored,
 * and the body the assertion covers (under {@code REQUEST} binding).
 *
 * @param keyId   the attested key
 * @param counter the key's new sign counter
 * @param body    the request body, read once by the guard
 */
public record VerifiedAppRequest(KeyId keyId, long counter, Bytes body) {

    public VerifiedAppRequest {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(body, "body");
    }
}
