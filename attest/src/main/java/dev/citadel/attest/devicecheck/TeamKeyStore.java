package dev.citadel.attest.devicecheck;

import java.util.List;
import java.util.Optional;

/**
 * Persistence of {@link TeamKey}s for {@link CitadelDeviceCheck}.
 *
 * <p>Implementations MUST be thread-safe, MUST NOT return null, and MUST make each method atomic: of two
 * concurrent {@link #register} calls for the same team and key id exactly one returns true. A key is
 * identified by (team id, key id); a registered key is never replaced, only removed.
 */
public interface TeamKeyStore {

    /** Stores {@code key}; false (and nothing changes) if the team already has a key with this id. */
    boolean register(TeamKey key);

    Optional<TeamKey> find(String teamId, String keyId);

    /** The team's keys, oldest first. */
    List<TeamKey> list(String teamId);

    /** Removes the key; false if there was none. Authorization tokens it signed stop verifying at once. */
    boolean remove(String teamId, String keyId);
}
