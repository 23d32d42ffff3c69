package dev.citadel.attest;

import java.util.Optional;

/**
 * Storage of attested keys and their sign counters, which a server implements on its database.
 *
 * <p>Implementations MUST be safe for concurrent use by many threads and processes sharing the store.
 * No method accepts or returns {@code null}.
 */
public interface AttestedKeyStore {

    /**
     * Stores a newly attested key. MUST be atomic: of concurrent calls for one key id exactly one returns
     * {@code true}; returns {@code false}, changing nothing, if the id is already stored (an attestation is
     * never allowed to reset a counter).
     */
    boolean register(AttestedKey key);

    /** The key stored under {@code keyId}, with its current counter, or empty. MUST reflect every completed update. */
    Optional<AttestedKey> find(KeyId keyId);

    /**
     * Atomic compare-and-set of the counter: sets it to {@code next} if and only if it currently equals
     * {@code expected}, and returns whether it did. MUST be linearizable per key id (a single conditional
     * {@code UPDATE … WHERE counter = ?} on a database): two calls with the same {@code expected} never both
     * succeed. Returns {@code false} if the key id is unknown. Callers only ever pass {@code next > expected}.
     */
    boolean compareAndSetCounter(KeyId keyId, long expected, long next);
}
