package dev.citadel.attest;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * An {@link AttestedKeyStore} in this process's memory, for tests, tools and single-process services.
 * Its contents are lost when the process ends: a lost counter lets an old assertion replay, so services
 * that restart use a durable store.
 */
public final class InMemoryAttestedKeyStore implements AttestedKeyStore {

    private final ConcurrentMap<KeyId, AttestedKey> keys = new ConcurrentHashMap<>();

    @Override
    public boolean register(AttestedKey key) {
        return keys.putIfAbsent(key.keyId(), key) == null;
    }

    @Override
    public Optional<AttestedKey> find(KeyId keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public boolean compareAndSetCounter(KeyId keyId, long expected, long next) {
        AttestedKey current = keys.get(keyId);
        return current != null && current.counter() == expected && keys.replace(keyId, current, current.withCounter(next));
    }
}
