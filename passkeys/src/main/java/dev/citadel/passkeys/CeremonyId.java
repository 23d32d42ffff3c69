package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import java.util.Objects;

/**
 * The identifier of a pending ceremony: {@value #LENGTH} random bytes, written as base64url. The server hands it
 * to the page and takes the pending ceremony back with it (once).
 */
public record CeremonyId(Bytes value) {

    /** Length in bytes. */
    public static final int LENGTH = 16;

    public CeremonyId {
        Objects.requireNonNull(value, "value");
        if (value.size() != LENGTH) {
            throw new IllegalArgumentException("a ceremony id is " + LENGTH + " bytes, not " + value.size());
        }
    }

    /** Parses the base64url form; {@code MALFORMED_CEREMONY_STATE} if it is not one. */
    public static CeremonyId parse(String base64url) {
        try {
            return new CeremonyId(Bytes.fromBase64Url(base64url));
        } catch (IllegalArgumentException e) {
            throw PasskeyException.of(PasskeyException.Reason.MALFORMED_CEREMONY_STATE, "not a ceremony id", e);
        }
    }

    @Override
    public String toString() {
        return value.base64Url();
    }
}
