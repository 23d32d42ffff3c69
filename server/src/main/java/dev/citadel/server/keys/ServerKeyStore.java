package dev.citadel.server.keys;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Persistence of server keys, wrapped. Implementations MUST be thread-safe, MUST NOT return null, MUST make
 * each method atomic (all or nothing), and MUST keep at most one {@link KeyState#ACTIVE} key per purpose, even
 * when several replicas share the store. Material is only ever stored wrapped; a retired key keeps its
 * metadata but MUST NOT keep its wrapped material.
 */
public interface ServerKeyStore {

    /**
     * Stores {@code key} (state {@link KeyState#ACTIVE}) unless its purpose already has an active key.
     * Returns whether it was stored. Of any number of concurrent callers for one purpose exactly one wins.
     */
    boolean insertActiveIfAbsent(WrappedServerKey key);

    /**
     * In one transaction: if {@code currentActiveId} is still the active key, makes it
     * {@link KeyState#VERIFY_ONLY} with {@code retireAfter} and stores {@code replacement} as the active key.
     * Returns false and writes nothing if {@code currentActiveId} is no longer active (another replica rotated).
     */
    boolean rotate(String currentActiveId, Instant retireAfter, WrappedServerKey replacement);

    /** The active and verify-only keys of {@code purpose}, with their wrapped material; the active one first. */
    List<WrappedServerKey> usable(KeyPurpose purpose);

    /** Every key's metadata, retired ones included, newest first. */
    List<ServerKey> list();

    /**
     * Retires every verify-only key whose retire-after time is at or before {@code now}: state
     * {@link KeyState#RETIRED}, retired-at {@code now}, wrapped material deleted. Returns the retired ids.
     */
    List<String> retireDue(Instant now);

    /** The distinct master-key fingerprints of the keys that still hold material. */
    Set<MasterKeyFingerprint> fingerprints();
}
