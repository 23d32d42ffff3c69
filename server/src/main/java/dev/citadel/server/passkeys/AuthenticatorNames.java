package dev.citadel.server.passkeys;

import dev.citadel.encoding.Bytes;
import java.util.Optional;

/** Names and icons of authenticator models by AAGUID (from FIDO MDS3 when configured). */
@FunctionalInterface
public interface AuthenticatorNames {

    /** A model's description and optional icon (a {@code data:} URL as MDS3 carries it). */
    record Model(String name, Optional<String> icon) {}

    Optional<Model> lookup(Bytes aaguid);

    /** No metadata: every lookup is empty. */
    static AuthenticatorNames none() {
        return aaguid -> Optional.empty();
    }
}
