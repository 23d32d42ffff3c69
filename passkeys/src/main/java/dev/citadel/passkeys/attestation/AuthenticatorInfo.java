package dev.citadel.passkeys.attestation;

import java.util.Objects;
import java.util.Optional;

/**
 * What a passkey list shows about an authenticator model, from its FIDO metadata entry.
 *
 * @param aaguid the AAGUID in lower-case UUID form
 * @param description the metadata statement's description (e.g. "YubiKey 5 Series")
 * @param icon the icon as a {@code data:} URL, if the metadata has one
 */
public record AuthenticatorInfo(String aaguid, String description, Optional<String> icon) {
    public AuthenticatorInfo {
        Objects.requireNonNull(aaguid, "aaguid");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(icon, "icon");
    }
}
