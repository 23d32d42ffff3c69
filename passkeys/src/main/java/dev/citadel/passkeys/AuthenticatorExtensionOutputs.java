package dev.citadel.passkeys;

import dev.citadel.encoding.cbor.CborValue.CborMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The authenticator extension outputs in authenticator data (WebAuthn L3 §9.5), those Citadel interprets plus the
 * whole map. Authenticators may report extensions unasked (credProtect is common); those are reported, not refused.
 *
 * @param credProtect CTAP 2.1 credProtect level the credential was created with
 * @param minPinLength CTAP 2.1 minPinLength output
 * @param hmacSecret CTAP hmac-secret (what PRF uses) at registration
 * @param all the whole extensions map, empty when ED is clear
 */
public record AuthenticatorExtensionOutputs(Optional<CredentialProtectionPolicy> credProtect, OptionalInt minPinLength,
        Optional<Boolean> hmacSecret, Optional<CborMap> all) {

    public AuthenticatorExtensionOutputs {
        Objects.requireNonNull(credProtect, "credProtect");
        Objects.requireNonNull(minPinLength, "minPinLength");
        Objects.requireNonNull(hmacSecret, "hmacSecret");
        Objects.requireNonNull(all, "all");
    }
}
