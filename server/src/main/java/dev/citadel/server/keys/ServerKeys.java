package dev.citadel.server.keys;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SecretKeyMaterial;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The key ring of the server: the keys it signs and MACs with, created lazily, rotated on a schedule, kept
 * wrapped under the {@link MasterKey} in a {@link ServerKeyStore}.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>Material reaches the store only wrapped (see {@link MasterKey}); a wrong master key is refused with
 *       {@code MASTER_KEY_MISMATCH} before any key is used, a swapped or modified blob with
 *       {@code KEY_TAMPERED}.</li>
 *   <li>Exactly one active key per purpose, even with replicas racing to create or rotate it (the store's
 *       contract).</li>
 *   <li>A rotated key verifies for its purpose's {@linkplain KeyPurpose#overlap() overlap}, then is retired:
 *       its wrapped material is deleted from the store and its unwrapped copy here is zeroised.</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Re-wrap keys under a new master key (master-key rotation), or keep the material out of this process's
 * memory. Each call reads the store (one query), so a rotation by another replica is seen at once.
 *
 * <p>Thread-safe. Time comes from the injected {@link Clock}, randomness from the injected {@link RandomSource}.
 */
public final class ServerKeys implements AutoCloseable {

    /**
     * Reads-then-creates before {@link #active} gives up. Two suffice (a lost race is followed by a read that
     * finds the winner); the third absorbs a rotation landing in between.
     */
    static final int MAX_CREATE_ATTEMPTS = 3;

    private final ServerKeyStore store;
    private final MasterKey master;
    private final RandomSource random;
    private final Clock clock;
    private final Map<String, ServerSecret> ring = new ConcurrentHashMap<>();

    public ServerKeys(ServerKeyStore store, MasterKey master, RandomSource random, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.master = Objects.requireNonNull(master, "master");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Checks that every stored key that still holds material was wrapped under this master key; returns the
     * number of distinct fingerprints found (0 before the first key exists, 1 afterwards). Throws
     * {@code MASTER_KEY_MISMATCH} otherwise.
     */
    public int verifyMasterKey() {
        Set<MasterKeyFingerprint> stored = store.fingerprints();
        for (MasterKeyFingerprint f : stored) {
            if (!f.equals(master.fingerprint())) {
                throw master.mismatch(f);
            }
        }
        return stored.size();
    }

    /** The fingerprint of the configured master key. */
    public MasterKeyFingerprint masterKeyFingerprint() {
        return master.fingerprint();
    }

    /** The active key of {@code purpose}, generated and stored first if there is none yet. */
    public ServerSecret active(KeyPurpose purpose) {
        Objects.requireNonNull(purpose, "purpose");
        for (int attempt = 0; attempt < MAX_CREATE_ATTEMPTS; attempt++) {
            List<WrappedServerKey> usable = load(purpose);
            if (!usable.isEmpty() && usable.getFirst().key().state() == KeyState.ACTIVE) {
                return secret(usable.getFirst());
            }
            try (SecretKeyMaterial material = purpose.algorithm().generate(random)) {
                store.insertActiveIfAbsent(master.wrap(ServerKey.newActive(newId(), purpose, clock.instant()),
                        material, random)); // losing the race is fine: the next read finds the winner
            }
        }
        throw new IllegalStateException("no active " + purpose.wireName() + " key after creating one");
    }

    /** The keys that verify for {@code purpose}: the active one first, then the verify-only ones. */
    public List<ServerSecret> forVerification(KeyPurpose purpose) {
        Objects.requireNonNull(purpose, "purpose");
        return load(purpose).stream().map(this::secret).toList();
    }

    /** Every key's metadata, newest first (never material). */
    public List<ServerKey> list() {
        return store.list();
    }

    /**
     * Rotates each purpose whose active key is older than its {@linkplain KeyPurpose#rotationPeriod() rotation
     * period}, and retires the verify-only keys whose overlap has passed. Safe to run on every replica at once.
     */
    public Rotation rotateIfDue() {
        Instant now = clock.instant();
        Set<KeyPurpose> rotated = EnumSet.noneOf(KeyPurpose.class);
        for (KeyPurpose purpose : KeyPurpose.values()) {
            Optional<ServerKey> current = activeMetadata(purpose);
            if (current.isPresent() && !now.isBefore(current.get().activatedAt().plus(purpose.rotationPeriod()))
                    && replace(current.get(), now)) {
                rotated.add(purpose);
            }
        }
        List<String> retired = store.retireDue(now);
        retired.forEach(this::drop);
        return new Rotation(rotated, retired);
    }

    /**
     * Rotates {@code purpose} now, whatever its schedule (an operator's decision, e.g. after a suspected
     * leak). Returns the new active key. With no key yet, creates the first one.
     */
    public ServerKey rotate(KeyPurpose purpose) {
        Optional<ServerKey> current = activeMetadata(purpose);
        if (current.isEmpty()) {
            return active(purpose).key();
        }
        replace(current.get(), clock.instant()); // false: another replica rotated at the same moment
        return activeMetadata(purpose).orElseThrow();
    }

    /** What one {@link #rotateIfDue()} run did. */
    public record Rotation(Set<KeyPurpose> rotated, List<String> retired) {
        public Rotation {
            rotated = Set.copyOf(rotated);
            retired = List.copyOf(retired);
        }
    }

    private boolean replace(ServerKey current, Instant now) {
        KeyPurpose purpose = current.purpose();
        try (SecretKeyMaterial material = purpose.algorithm().generate(random)) {
            return store.rotate(current.id(), now.plus(purpose.overlap()),
                    master.wrap(ServerKey.newActive(newId(), purpose, now), material, random));
        }
    }

    private Optional<ServerKey> activeMetadata(KeyPurpose purpose) {
        return store.usable(purpose).stream().map(WrappedServerKey::key).filter(k -> k.state() == KeyState.ACTIVE)
                .findFirst();
    }

    /** The usable keys of {@code purpose}; drops (and zeroises) ring entries of that purpose no longer usable. */
    private List<WrappedServerKey> load(KeyPurpose purpose) {
        List<WrappedServerKey> usable = store.usable(purpose);
        Set<String> ids = usable.stream().map(w -> w.key().id()).collect(Collectors.toSet());
        new ArrayList<>(ring.values()).stream()
                .filter(s -> s.key().purpose() == purpose && !ids.contains(s.id()))
                .forEach(s -> drop(s.id()));
        return usable;
    }

    private ServerSecret secret(WrappedServerKey stored) {
        return ring.compute(stored.key().id(), (id, cached) -> {
            if (cached == null || cached.isClosed()) {
                return new ServerSecret(stored.key(), master.unwrap(stored));
            }
            // Same material, newer metadata (active → verify-only): share the material, so no copy is left behind.
            return cached.key().equals(stored.key()) ? cached : new ServerSecret(stored.key(), cached.material());
        });
    }

    private void drop(String id) {
        ServerSecret removed = ring.remove(id);
        if (removed != null) {
            removed.close();
        }
    }

    private String newId() {
        return HexFormat.of().formatHex(random.bytes(8));
    }

    /** Zeroises every unwrapped key and the master key's derived wrapping key. */
    @Override
    public void close() {
        new ArrayList<>(ring.keySet()).forEach(this::drop);
        master.close();
    }
}
