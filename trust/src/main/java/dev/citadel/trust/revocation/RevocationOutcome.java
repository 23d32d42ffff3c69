package dev.citadel.trust.revocation;

import java.util.Objects;

/**
 * A certificate's revocation status and what the policy made of it.
 *
 * @param status      what the sources say
 * @param verdict     the policy's decision
 * @param explanation one human-readable sentence naming the certificate, the status and the sources tried
 */
public record RevocationOutcome(RevocationStatus status, Verdict verdict, String explanation) {

    /** The policy's decision for one certificate. */
    public enum Verdict {
        /** A verified, fresh source says good. */
        GOOD,
        /** Not checked: policy {@code OFF}, outside the scope, or the trust anchor. */
        NOT_CHECKED,
        /** Unknown, and the mode tolerates it (soft-fail, or hard-fail without any source). */
        TOLERATED_UNKNOWN,
        /** Revoked, or unknown where the mode does not tolerate it. */
        REJECTED
    }

    public RevocationOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** Whether the chain may proceed as far as this certificate's revocation goes. */
    public boolean accepted() {
        return verdict != Verdict.REJECTED;
    }
}
