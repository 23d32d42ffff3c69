package dev.citadel.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.server.keys.KeyPurpose;
import dev.citadel.server.keys.KeyState;
import dev.citadel.server.keys.MasterKeyFingerprint;
import dev.citadel.server.keys.ServerKey;
import dev.citadel.server.keys.ServerKeyStore;
import dev.citadel.server.keys.WrappedServerKey;
import dev.citadel.server.storage.StorageException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link ServerKeyStore} contract, run on {@link JdbcServerKeyStore}. */
class ServerKeyStoreContractTest extends StorageContract {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final MasterKeyFingerprint PRINT = new MasterKeyFingerprint("00112233445566778899aabbccddeeff");

    private ServerKeyStore store;

    @BeforeEach
    void createStore() {
        store = new JdbcServerKeyStore(database);
    }

    private static WrappedServerKey key(String id, KeyPurpose purpose, Instant at) {
        ServerKey meta = new ServerKey(id, purpose, purpose.algorithm(), KeyState.ACTIVE, at, at, Optional.empty(),
                Optional.empty());
        return new WrappedServerKey(meta, WrappedServerKey.SCHEME_A256GCM_V1, new byte[] {1, 2, 3, (byte) id.charAt(15)},
                PRINT);
    }

    @Test
    void insertedKeyIsUsableWithItsWrappedBytes() {
        assertThat(store.insertActiveIfAbsent(key("000000000000000a", KeyPurpose.COOKIE_MAC, T0))).isTrue();

        List<WrappedServerKey> usable = store.usable(KeyPurpose.COOKIE_MAC);

        assertThat(usable).hasSize(1);
        assertThat(usable.getFirst().key()).isEqualTo(key("000000000000000a", KeyPurpose.COOKIE_MAC, T0).key());
        assertThat(usable.getFirst().wrapped()).containsExactly(1, 2, 3, 'a');
        assertThat(usable.getFirst().fingerprint()).isEqualTo(PRINT);
        assertThat(store.usable(KeyPurpose.TOKEN_SIGNING)).isEmpty();
        assertThat(store.fingerprints()).containsExactly(PRINT);
    }

    @Test
    @DisplayName("a purpose has at most one active key: a second insert is refused without error")
    void secondActiveKeyOfAPurposeIsNotStored() {
        assertThat(store.insertActiveIfAbsent(key("000000000000000a", KeyPurpose.COOKIE_MAC, T0))).isTrue();
        assertThat(store.insertActiveIfAbsent(key("000000000000000b", KeyPurpose.COOKIE_MAC, T0))).isFalse();
        assertThat(store.insertActiveIfAbsent(key("000000000000000c", KeyPurpose.TOKEN_SIGNING, T0))).isTrue();

        assertThat(store.list()).extracting(ServerKey::id).containsExactlyInAnyOrder("000000000000000a", "000000000000000c");
    }

    @Test
    void concurrentFirstKeysLeaveExactlyOne() throws Exception {
        List<Boolean> won = Race.run(16, i -> store.insertActiveIfAbsent(
                key(String.format("%016x", i + 1), KeyPurpose.DEVICE_TOKEN, T0)));

        assertThat(won).containsOnlyOnce(true);
        assertThat(store.usable(KeyPurpose.DEVICE_TOKEN)).hasSize(1);
    }

    @Test
    void rotationDemotesTheActiveKeyAndStoresTheReplacement() {
        store.insertActiveIfAbsent(key("000000000000000a", KeyPurpose.COOKIE_MAC, T0));

        assertThat(store.rotate("000000000000000a", T0.plus(Duration.ofDays(40)),
                key("000000000000000b", KeyPurpose.COOKIE_MAC, T0.plusSeconds(10)))).isTrue();

        List<WrappedServerKey> usable = store.usable(KeyPurpose.COOKIE_MAC);
        assertThat(usable).extracting(w -> w.key().id()).containsExactly("000000000000000b", "000000000000000a");
        assertThat(usable.get(1).key().state()).isEqualTo(KeyState.VERIFY_ONLY);
        assertThat(usable.get(1).key().retireAfter()).contains(T0.plus(Duration.ofDays(40)));
    }

    @Test
    @DisplayName("of two replicas rotating the same key at once, exactly one rotation happens")
    void concurrentRotationsOfOneKeyRotateOnce() throws Exception {
        store.insertActiveIfAbsent(key("000000000000000a", KeyPurpose.COOKIE_MAC, T0));

        List<Boolean> won = Race.run(8, i -> store.rotate("000000000000000a", T0.plusSeconds(100),
                key(String.format("%016x", 0x100 + i), KeyPurpose.COOKIE_MAC, T0.plusSeconds(1))));

        assertThat(won).containsOnlyOnce(true);
        assertThat(store.usable(KeyPurpose.COOKIE_MAC)).hasSize(2);
    }

    @Test
    void rotatingAKeyThatIsNoLongerActiveWritesNothing() {
        assertThat(store.rotate("00000000000000ff", T0, key("000000000000000b", KeyPurpose.COOKIE_MAC, T0))).isFalse();
        assertThat(store.list()).isEmpty();
    }

    @Test
    @DisplayName("retiring deletes the wrapped material, keeps the metadata, and touches only keys that are due")
    void retireDueDeletesMaterial() {
        store.insertActiveIfAbsent(key("000000000000000a", KeyPurpose.COOKIE_MAC, T0));
        store.rotate("000000000000000a", T0.plusSeconds(100), key("000000000000000b", KeyPurpose.COOKIE_MAC, T0));

        assertThat(store.retireDue(T0.plusSeconds(99))).isEmpty();
        assertThat(store.retireDue(T0.plusSeconds(100))).containsExactly("000000000000000a");
        assertThat(store.retireDue(T0.plusSeconds(200))).isEmpty();

        assertThat(store.usable(KeyPurpose.COOKIE_MAC)).extracting(w -> w.key().id()).containsExactly("000000000000000b");
        ServerKey retired = store.list().stream().filter(k -> k.id().equals("000000000000000a")).findFirst().orElseThrow();
        assertThat(retired.state()).isEqualTo(KeyState.RETIRED);
        assertThat(retired.retiredAt()).contains(T0.plusSeconds(100));
        byte[] remaining = database.<byte[]>inTransaction(c -> {
            try (var s = c.createStatement(); var r = s.executeQuery(
                    "SELECT wrapped_key FROM server_key WHERE id = '000000000000000a'")) {
                r.next();
                return r.getBytes(1);
            }
        });
        assertThat(remaining).isNull();
    }

    @Test
    void duplicateIdIsAConstraint() {
        store.insertActiveIfAbsent(key("000000000000000a", KeyPurpose.COOKIE_MAC, T0));
        store.insertActiveIfAbsent(key("000000000000000b", KeyPurpose.TOKEN_SIGNING, T0));

        assertThatThrownBy(() -> store.rotate("000000000000000b", T0, key("000000000000000a", KeyPurpose.TOKEN_SIGNING, T0)))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONSTRAINT));
        assertThat(store.usable(KeyPurpose.TOKEN_SIGNING).getFirst().key().state()).isEqualTo(KeyState.ACTIVE);
    }
}
