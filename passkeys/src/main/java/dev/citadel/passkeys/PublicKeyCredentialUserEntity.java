package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import java.util.Objects;

/**
 * WebAuthn L3 §5.4.3 PublicKeyCredentialUserEntity: the user account a credential is created for.
 *
 * @param id the user handle: 1 to {@value #MAX_ID_LENGTH} random bytes, never personally identifying
 * @param name the account name (e.g. an email address or user name) the client shows
 * @param displayName the name shown in account pickers
 */
public record PublicKeyCredentialUserEntity(Bytes id, String name, String displayName) {

    /** The largest user handle (§5.4.3: at most 64 bytes). */
    public static final int MAX_ID_LENGTH = 64;

    public PublicKeyCredentialUserEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(displayName, "displayName");
        if (id.isEmpty() || id.size() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("a user handle is 1.." + MAX_ID_LENGTH + " bytes, not " + id.size());
        }
    }
}
