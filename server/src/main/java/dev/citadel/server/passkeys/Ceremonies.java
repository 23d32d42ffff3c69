package dev.citadel.server.passkeys;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.CredentialRecord;
import dev.citadel.passkeys.CredentialStore;
import dev.citadel.passkeys.CredentialUse;
import dev.citadel.passkeys.local.StepUpEvidence;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The WebAuthn ceremonies as the HTTP layer needs them: the passkeys library's relying party behind a small
 * port, so handlers stay decode → call → encode. Every method throws the library's {@code PasskeyException}
 * when a response does not verify.
 */
public interface Ceremonies {

    /** A started ceremony: the options for the browser and the pending state to store (single use). */
    record Started(String ceremonyId, Bytes pending, Instant expiresAt, String optionsJson) {
        public Started {
            Objects.requireNonNull(ceremonyId, "ceremonyId");
            Objects.requireNonNull(pending, "pending");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(optionsJson, "optionsJson");
        }
    }

    /** A credential to allow or exclude: its id and the transports it was registered with. */
    record Descriptor(Bytes id, List<String> transports) {
        public Descriptor {
            Objects.requireNonNull(id, "id");
            transports = List.copyOf(transports);
        }

        public static Descriptor of(CredentialRecord record) {
            return new Descriptor(record.id(), record.transports());
        }
    }

    /** A verified registration: the record to store and what the account page shows about it. */
    record Registered(CredentialRecord record, Bytes aaguid, String attestationFormat, String attestationVerdict) {}

    /**
     * A verified assertion.
     *
     * @param credentialId      the credential that signed
     * @param userHandle        its user handle
     * @param previousSignCount the stored counter the assertion was checked against (the compare-and-set's expected value)
     * @param use               the update to apply with {@code CredentialStore.recordUse}
     * @param counterRegressed  the authenticator's counter did not advance past the stored one (a possible clone)
     * @param evidence          what a step-up is judged on (when, which passkey, UV, attachment)
     */
    record Authenticated(Bytes credentialId, Bytes userHandle, long previousSignCount, CredentialUse use,
            boolean counterRegressed, StepUpEvidence evidence) {

        public Instant verifiedAt() {
            return evidence.verifiedAt();
        }
    }

    /** Starts registering a passkey for {@code user}, excluding the credentials it already has. */
    Started startRegistration(PasskeyUser user, List<Descriptor> exclude);

    /**
     * Starts an authentication: {@code user} present means the credential must belong to that account;
     * {@code allow} empty means discoverable credentials (usernameless and conditional UI). User
     * verification is required.
     */
    Started startAuthentication(Optional<Bytes> user, Optional<List<Descriptor>> allow);

    /** Verifies a registration response against its pending ceremony. Stores nothing. */
    Registered finishRegistration(Bytes pending, String responseJson);

    /**
     * Verifies an assertion against its pending ceremony, reading credentials from {@code store} (when the
     * ceremony named a user, the credential must be theirs). Stores nothing.
     */
    Authenticated finishAuthentication(Bytes pending, String responseJson, CredentialStore store);
}
