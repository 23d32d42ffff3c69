package dev.citadel.attest.devicecheck;

import java.time.Instant;
import java.util.Optional;

/**
 * Persistence of the two bits per app instance for {@link CitadelDeviceCheck}, keyed by (team id,
 * instance id): the same instance under two teams has two independent states.
 *
 * <p>Implementations MUST be thread-safe and MUST NOT return null. {@link #update} MUST be atomic: a read,
 * merge and write in one step, so that two concurrent updates of different bits both take effect and
 * concurrent updates of the same bit leave one of the written values (never a mix with a stale read).
 */
public interface BitStateStore {

    /** The state, or empty if the instance's bits were never updated. */
    Optional<StoredBits> read(String teamId, String instanceId);

    /**
     * Sets the present bits (an absent one keeps its value, or is false on the first update) and records
     * {@code at} as the update time; returns the state after the update.
     */
    StoredBits update(String teamId, String instanceId, Optional<Boolean> bit0, Optional<Boolean> bit1, Instant at);
}
