package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import java.util.Objects;
import java.util.Optional;

/**
 * WebAuthn L3 §5.8.1 CollectedClientData, parsed from clientDataJSON as JSON (members Citadel does not know are
 * allowed, as §5.8.1.2 requires of relying parties; duplicate members are refused).
 *
 * @param type {@code webauthn.create} or {@code webauthn.get}
 * @param challenge the challenge, base64url as the client wrote it
 * @param origin the calling origin (or an {@code android:apk-key-hash:} origin)
 * @param crossOrigin true when the call came from a cross-origin iframe
 * @param topOrigin the top-level origin when {@code crossOrigin} is true
 * @param raw the exact clientDataJSON bytes (hashed into the signed data)
 */
public record CollectedClientData(String type, String challenge, String origin, boolean crossOrigin, Optional<String> topOrigin, Bytes raw) {

    /** Largest clientDataJSON accepted, in bytes. */
    public static final int MAX_LENGTH = 16 * 1024;

    public CollectedClientData {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(topOrigin, "topOrigin");
        Objects.requireNonNull(raw, "raw");
    }

    /** Parses clientDataJSON; {@code MALFORMED_CLIENT_DATA} unless it is UTF-8 JSON of the §5.8.1 shape. */
    public static CollectedClientData parse(Bytes clientDataJson) {
        return JsonForms.clientData(clientDataJson);
    }
}
