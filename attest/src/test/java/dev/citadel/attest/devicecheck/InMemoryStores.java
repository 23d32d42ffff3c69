package dev.citadel.attest.devicecheck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plain in-memory implementations of the two store contracts (every method synchronized, so atomic). */
final class InMemoryStores implements TeamKeyStore, BitStateStore {

    private final Map<String, TeamKey> keys = new HashMap<>();
    private final Map<String, StoredBits> bits = new HashMap<>();

    @Override
    public synchronized boolean register(TeamKey key) {
        return keys.putIfAbsent(key.teamId() + "/" + key.keyId(), key) == null;
    }

    @Override
    public synchronized Optional<TeamKey> find(String teamId, String keyId) {
        return Optional.ofNullable(keys.get(teamId + "/" + keyId));
    }

    @Override
    public synchronized List<TeamKey> list(String teamId) {
        List<TeamKey> out = new ArrayList<>(keys.values().stream().filter(k -> k.teamId().equals(teamId)).toList());
        out.sort(Comparator.comparing(TeamKey::registeredAt));
        return out;
    }

    @Override
    public synchronized boolean remove(String teamId, String keyId) {
        return keys.remove(teamId + "/" + keyId) != null;
    }

    @Override
    public synchronized Optional<StoredBits> read(String teamId, String instanceId) {
        return Optional.ofNullable(bits.get(teamId + "/" + instanceId));
    }

    @Override
    public synchronized StoredBits update(String teamId, String instanceId, Optional<Boolean> bit0, Optional<Boolean> bit1,
            Instant at) {
        StoredBits old = bits.getOrDefault(teamId + "/" + instanceId, new StoredBits(false, false, at));
        StoredBits now = new StoredBits(bit0.orElse(old.bit0()), bit1.orElse(old.bit1()), at);
        bits.put(teamId + "/" + instanceId, now);
        return now;
    }
}
