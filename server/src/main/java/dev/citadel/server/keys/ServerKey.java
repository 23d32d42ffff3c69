package dev.citadel.server.keys;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The metadata of a server key: everything but its material, safe to list and log.
 *
 * @param id          public identifier (the JOSE {@code kid}), 16 lowercase hex characters
 * @param purpose     what the key is for
 * @param algorithm   the algorithm ({@link KeyPurpose#algorithm()} at creation time)
 * @param state       active, verify-only or retired
 * @param createdAt   when the key was generated
 * @param activatedAt when it became the active key of its purpose
 * @param retireAfter for a verify-only key: when it will be retired; empty while active
 * @param retiredAt   when it was retired and its material deleted
 */
public record ServerKey(String id, KeyPurpose purpose, KeyAlgorithm algorithm, KeyState state, Instant createdAt,
        Instant activatedAt, Optional<Instant> retireAfter, Optional<Instant> retiredAt) {

    public ServerKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(activatedAt, "activatedAt");
        Objects.requireNonNull(retireAfter, "retireAfter");
        Objects.requireNonNull(retiredAt, "retiredAt");
        if (!id.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("a server key id is 16 lowercase hex characters");
        }
    }

    /** A newly generated key that is the active key of its purpose from {@code now}. */
    static ServerKey newActive(String id, KeyPurpose purpose, Instant now) {
        return new ServerKey(id, purpose, purpose.algorithm(), KeyState.ACTIVE, now, now, Optional.empty(),
                Optional.empty());
    }
}
