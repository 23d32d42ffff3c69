package dev.citadel.server.passkeys;

import dev.citadel.cryptokit.RandomSource;
import java.util.Base64;
import java.util.Objects;

/**
 * A WebAuthn user handle (§5.4.3 {@code PublicKeyCredentialUserEntity.id}): {@link #BYTES} random bytes from
 * cryptokit's random source, never derived from the username, so it carries no personal information. Held
 * as unpadded base64url text so the record stays immutable.
 *
 * @param base64url the handle's bytes, base64url without padding
 */
public record UserHandle(String base64url) {

    /** Length of every handle this server issues (WebAuthn allows at most 64; the maximum leaks nothing). */
    public static final int BYTES = 64;

    public UserHandle {
        Objects.requireNonNull(base64url, "base64url");
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(base64url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a user handle is base64url");
        }
        if (raw.length != BYTES || base64url.endsWith("=")) {
            throw new IllegalArgumentException("a user handle is " + BYTES + " bytes, unpadded base64url");
        }
    }

    /** A fresh random handle. */
    public static UserHandle generate(RandomSource random) {
        return of(random.bytes(BYTES));
    }

    /** The handle with these bytes. */
    public static UserHandle of(byte[] raw) {
        return new UserHandle(Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
    }

    /** A copy of the handle's bytes. */
    public byte[] bytes() {
        return Base64.getUrlDecoder().decode(base64url);
    }
}
