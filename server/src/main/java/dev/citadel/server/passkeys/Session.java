package dev.citadel.server.passkeys;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.local.StepUpEvidence;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed-in session as stored (the session id itself is never stored, only its hash).
 *
 * @param idHash       SHA-256 of the session id, base64url
 * @param user         whose session
 * @param csrfHash     SHA-256 of the CSRF token bound to the session, base64url
 * @param restricted   a recovery session: it may only register a new passkey
 * @param createdAt    sign-in instant
 * @param lastSeenAt   last request (the idle expiry counts from here)
 * @param expiresAt    absolute expiry
 * @param stepUp       the last step-up in this session
 */
public record Session(String idHash, UserHandle user, String csrfHash, boolean restricted, Instant createdAt,
        Instant lastSeenAt, Instant expiresAt, Optional<StepUpState> stepUp) {

    /**
     * A step-up done in this session: the library's evidence (when, which passkey, UV, attachment) and the
     * fingerprint of the account's passkey set at that moment ({@code BiometryBinding.fingerprint}).
     */
    public record StepUpState(StepUpEvidence evidence, Bytes credentialSet) {
        public StepUpState {
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(credentialSet, "credentialSet");
        }
    }

    public Session {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(csrfHash, "csrfHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(stepUp, "stepUp");
    }
}
