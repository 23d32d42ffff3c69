package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A credential record (WebAuthn L3 §4 "credential record"): what a relying party stores for each registered
 * passkey, plus the user handle it belongs to. Produced by a verified registration, read back by
 * {@link CredentialStore}.
 *
 * @param id the credential id
 * @param userHandle the user handle (user.id) the credential was registered to
 * @param publicKey the credential public key, as the exact COSE bytes
 * @param signCount the last signature counter seen
 * @param transports the transports the client reported (§5.8.4), in its order
 * @param uvInitialized whether any ceremony with this credential had UV set
 * @param backupEligible BE at registration (never changes)
 * @param backupState BS at the last ceremony
 * @param attestationObject the registration's attestation object, kept for later re-evaluation
 * @param attestationClientDataJson the registration's clientDataJSON, kept with it
 */
public record CredentialRecord(Bytes id, Bytes userHandle, Bytes publicKey, long signCount, List<String> transports,
        boolean uvInitialized, boolean backupEligible, boolean backupState, Optional<Bytes> attestationObject,
        Optional<Bytes> attestationClientDataJson) {

    public CredentialRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userHandle, "userHandle");
        Objects.requireNonNull(publicKey, "publicKey");
        transports = List.copyOf(transports);
        Objects.requireNonNull(attestationObject, "attestationObject");
        Objects.requireNonNull(attestationClientDataJson, "attestationClientDataJson");
        if (signCount < 0 || signCount > 0xffffffffL) {
            throw new IllegalArgumentException("signCount is an unsigned 32-bit value: " + signCount);
        }
    }

    /** The credential type (§5.8.2); only {@code public-key} exists. */
    public String type() {
        return "public-key";
    }
}
