package dev.citadel.server.passkeys;

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
 * @param stepUp       the last step-up satisfied in this session
 */
public record Session(String idHash, UserHandle user, String csrfHash, boolean restricted, Instant createdAt,
        Instant lastSeenAt, Instant expiresAt, Optional<StepUpRecord> stepUp) {

    /** A step-up satisfied at {@code at} for the policy with wire name {@code policy}. */
    public record StepUpRecord(String policy, Instant at) {
        public StepUpRecord {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(at, "at");
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
