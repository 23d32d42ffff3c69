package dev.citadel.server.passkeys;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.CredentialRecord;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered passkey as the server stores it: the library's credential record plus what the account page
 * shows.
 *
 * @param record            the WebAuthn credential record
 * @param name              the user's name for it ({@link PasskeyUser#MAX_NAME_CHARS} characters at most)
 * @param aaguid            the authenticator model's AAGUID (16 bytes; zeros when the authenticator sent none)
 * @param attestationFormat the attestation statement format it was registered with ({@code none}, {@code packed}…)
 * @param createdAt         registration instant
 * @param lastUsedAt        last successful sign-in or step-up with it
 */
public record StoredPasskey(CredentialRecord record, String name, Bytes aaguid, String attestationFormat, Instant createdAt,
        Optional<Instant> lastUsedAt) {

    /** AAGUID length (§6.5.1). */
    public static final int AAGUID_BYTES = 16;
    /** The AAGUID of an authenticator that does not say what it is. */
    public static final Bytes ZERO_AAGUID = Bytes.of(new byte[AAGUID_BYTES]);

    public StoredPasskey {
        Objects.requireNonNull(record, "record");
        PasskeyUser.requireName("name", name);
        Objects.requireNonNull(attestationFormat, "attestationFormat");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        if (aaguid.size() != AAGUID_BYTES) {
            throw new IllegalArgumentException("an AAGUID is 16 bytes");
        }
    }

    /** The AAGUID in its usual text form, {@code ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4}. */
    public String aaguidText() {
        return dev.citadel.passkeys.AttestedCredentialData.aaguidText(aaguid);
    }
}
