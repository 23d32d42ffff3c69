package dev.citadel.passkeys;

import java.util.Objects;

/**
 * WebAuthn L3 §5.4.2 PublicKeyCredentialRpEntity: the relying party as the options name it.
 *
 * @param id the RP ID, a registrable domain suffix of (or equal to) the origins' effective domain
 * @param name a human-palatable name shown by the client
 */
public record PublicKeyCredentialRpEntity(String id, String name) {

    public PublicKeyCredentialRpEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (id.isEmpty() || !id.equals(id.toLowerCase(java.util.Locale.ROOT)) || id.contains("/") || id.contains(":")) {
            throw new IllegalArgumentException("an RP ID is a lower-case domain without scheme or port: " + id);
        }
    }
}
