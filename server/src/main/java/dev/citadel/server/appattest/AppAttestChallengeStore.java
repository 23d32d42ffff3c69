package dev.citadel.server.appattest;

import java.time.Instant;

/**
 * Storage of the challenges the server issued to apps for App Attest, each usable once.
 *
 * <p>Implementations MUST be safe for concurrent use by many threads and by server replicas sharing the
 * store. No method accepts {@code null}.
 */
public interface AppAttestChallengeStore {

    /**
     * Stores {@code challenge} as issued, usable until {@code expiresAt}. Returns {@code false}, changing
     * nothing, if the same challenge is already stored (a 256-bit random challenge never collides; a caller
     * that gets {@code false} issues another).
     */
    boolean issue(String challenge, Instant expiresAt);

    /**
     * Consumes {@code challenge}: returns {@code true} and removes it if it is stored and {@code now} is
     * before its expiry; returns {@code false} otherwise. MUST be atomic: of concurrent calls for one
     * challenge at most one returns {@code true} (a single conditional {@code DELETE}).
     */
    boolean consume(String challenge, Instant now);

    /** Removes every challenge that expired at or before {@code now}; returns how many. */
    int purgeExpired(Instant now);
}
