package dev.citadel.server.storage;

import dev.citadel.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.server.keys.KeyPurpose;
import dev.citadel.server.keys.KeyState;
import dev.citadel.server.keys.KeyStoreException;
import dev.citadel.server.keys.MasterKey;
import dev.citadel.server.keys.ServerKey;
import dev.citadel.server.keys.ServerKeys;
import dev.citadel.server.keys.ServerSecret;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The key ring on both backends, attacked: wrong master key, swapped blobs, races, and a scan of the bytes at rest. */
class ServerKeysContractTest extends StorageContract {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final List<ServerKeys> opened = new ArrayList<>();
    private byte[] masterBytes;
    private ServerKeys keys;

    @BeforeEach
    void openRing() {
        masterBytes = RandomSource.system().bytes(MasterKey.LENGTH);
        keys = ring(masterBytes);
    }

    @AfterEach
    void closeRings() {
        opened.forEach(ServerKeys::close);
    }

    private ServerKeys ring(byte[] master) {
        try (SecretKeyMaterial m = SecretKeyMaterial.copyOf(master, SecretAccess.insecure())) {
            ServerKeys ring = new ServerKeys(new JdbcServerKeyStore(database), MasterKey.of(m), RandomSource.system(), clock);
            opened.add(ring);
            return ring;
        }
    }

    private static byte[] reveal(ServerSecret secret) {
        return secret.material().reveal(SecretAccess.insecure());
    }

    @Test
    void firstUseCreatesTheActiveKeyAndLaterUsesReturnIt() {
        ServerSecret first = keys.active(KeyPurpose.COOKIE_MAC);
        ServerSecret again = keys.active(KeyPurpose.COOKIE_MAC);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.key().state()).isEqualTo(KeyState.ACTIVE);
        assertThat(first.material().size()).isEqualTo(32);
        assertThat(first.toString()).doesNotContain(HexFormat.of().formatHex(reveal(first))).contains("redacted");
        assertThat(keys.list()).extracting(ServerKey::purpose).containsExactly(KeyPurpose.COOKIE_MAC);
    }

    @Test
    @DisplayName("a second replica (same master key, same database) unwraps the same material")
    void anotherReplicaSeesTheSameKey() {
        ServerSecret mine = keys.active(KeyPurpose.TOKEN_SIGNING);
        ServerSecret theirs = ring(masterBytes).active(KeyPurpose.TOKEN_SIGNING);

        assertThat(theirs.id()).isEqualTo(mine.id());
        assertThat(reveal(theirs)).isEqualTo(reveal(mine));
    }

    @Test
    @DisplayName("concurrent first uses on many replicas create exactly one key")
    void concurrentFirstUseCreatesOneKey() throws Exception {
        List<ServerKeys> replicas = Stream.generate(() -> ring(masterBytes)).limit(12).toList();

        List<String> ids = Race.run(12, i -> replicas.get(i).active(KeyPurpose.DEVICE_TOKEN).id());

        assertThat(ids).containsOnly(ids.getFirst());
        assertThat(keys.list()).hasSize(1);
    }

    @Test
    @DisplayName("a wrong master key is refused with one clear line, before any key is used")
    void wrongMasterKeyIsRefused() {
        keys.active(KeyPurpose.COOKIE_MAC);
        ServerKeys wrong = ring(RandomSource.system().bytes(MasterKey.LENGTH));

        assertThatThrownBy(wrong::verifyMasterKey).isInstanceOfSatisfying(KeyStoreException.class, e -> {
            assertThat(e.reason()).isEqualTo(KeyStoreException.Reason.MASTER_KEY_MISMATCH);
            assertThat(e.getMessage()).startsWith("master key does not match the key store").doesNotContain("\n");
        });
        assertThatThrownBy(() -> wrong.active(KeyPurpose.COOKIE_MAC)).isInstanceOfSatisfying(KeyStoreException.class,
                e -> assertThat(e.reason()).isEqualTo(KeyStoreException.Reason.MASTER_KEY_MISMATCH));
        assertThat(keys.verifyMasterKey()).isEqualTo(1);
    }

    @Test
    @DisplayName("a wrapped blob copied to another purpose's row does not unwrap (AAD binds id and purpose)")
    void blobCopiedToAnotherPurposeFails() {
        ServerSecret token = keys.active(KeyPurpose.TOKEN_SIGNING);
        ServerSecret device = keys.active(KeyPurpose.DEVICE_TOKEN); // same algorithm and length: only AAD differs
        keys.close();
        copyWrappedKey(token.id(), device.id());

        ServerKeys fresh = ring(masterBytes);
        assertThatThrownBy(() -> fresh.active(KeyPurpose.DEVICE_TOKEN)).isInstanceOfSatisfying(KeyStoreException.class,
                e -> assertThat(e.reason()).isEqualTo(KeyStoreException.Reason.KEY_TAMPERED));
    }

    @Test
    @DisplayName("a wrapped blob copied to another row of the same purpose does not unwrap (AAD binds the id)")
    void blobCopiedToAnotherRowOfThePurposeFails() {
        ServerSecret old = keys.active(KeyPurpose.COOKIE_MAC);
        ServerKey rotated = keys.rotate(KeyPurpose.COOKIE_MAC);
        keys.close();
        copyWrappedKey(old.id(), rotated.id());

        ServerKeys fresh = ring(masterBytes);
        assertThatThrownBy(() -> fresh.active(KeyPurpose.COOKIE_MAC)).isInstanceOfSatisfying(KeyStoreException.class,
                e -> assertThat(e.reason()).isEqualTo(KeyStoreException.Reason.KEY_TAMPERED));
    }

    @Test
    void aModifiedBlobIsTampered() {
        ServerSecret cookie = keys.active(KeyPurpose.COOKIE_MAC);
        keys.close();
        database.inTransaction(c -> {
            byte[] blob = wrappedKey(c, cookie.id());
            blob[blob.length - 1] ^= 1;
            try (PreparedStatement u = c.prepareStatement("UPDATE server_key SET wrapped_key = ? WHERE id = ?")) {
                u.setBytes(1, blob);
                u.setString(2, cookie.id());
                return u.executeUpdate();
            }
        });

        assertThatThrownBy(() -> ring(masterBytes).forVerification(KeyPurpose.COOKIE_MAC))
                .isInstanceOfSatisfying(KeyStoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(KeyStoreException.Reason.KEY_TAMPERED));
    }

    @Test
    @DisplayName("rotation: the old key verifies through the overlap, then is retired and its material deleted")
    void rotationKeepsOldKeysVerifiableUntilRetirement() {
        ServerSecret k1 = keys.active(KeyPurpose.COOKIE_MAC);
        byte[] k1Material = reveal(k1);

        clock.advance(KeyPurpose.Schedule.COOKIE_MAC_ROTATION.minusSeconds(1));
        assertThat(keys.rotateIfDue().rotated()).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        ServerKeys.Rotation first = keys.rotateIfDue();
        assertThat(first.rotated()).containsExactly(KeyPurpose.COOKIE_MAC);
        ServerSecret k2 = keys.active(KeyPurpose.COOKIE_MAC);
        assertThat(k2.id()).isNotEqualTo(k1.id());
        List<ServerSecret> verifying = keys.forVerification(KeyPurpose.COOKIE_MAC);
        assertThat(verifying).extracting(ServerSecret::id).containsExactly(k2.id(), k1.id());
        assertThat(reveal(verifying.get(1))).isEqualTo(k1Material);
        assertThat(verifying.get(1).key().state()).isEqualTo(KeyState.VERIFY_ONLY);

        clock.advance(KeyPurpose.Schedule.COOKIE_MAC_OVERLAP);
        ServerKeys.Rotation second = keys.rotateIfDue();
        assertThat(second.retired()).containsExactly(k1.id());
        assertThat(keys.forVerification(KeyPurpose.COOKIE_MAC)).extracting(ServerSecret::id).doesNotContain(k1.id());
        assertThat(verifying.get(1).material().isDestroyed()).as("zeroised when dropped from the ring").isTrue();
        byte[] remaining = database.<byte[]>inTransaction(c -> wrappedKey(c, k1.id()));
        assertThat(remaining).isNull();
        assertThat(keys.list()).filteredOn(k -> k.id().equals(k1.id())).extracting(ServerKey::state)
                .containsExactly(KeyState.RETIRED);
    }

    @Test
    void forcedRotationReplacesTheActiveKeyAtOnce() {
        ServerSecret before = keys.active(KeyPurpose.TOKEN_SIGNING);

        ServerKey after = keys.rotate(KeyPurpose.TOKEN_SIGNING);

        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(keys.active(KeyPurpose.TOKEN_SIGNING).id()).isEqualTo(after.id());
        assertThat(keys.list()).filteredOn(k -> k.id().equals(before.id())).singleElement()
                .satisfies(k -> assertThat(k.retireAfter()).contains(T0.plus(KeyPurpose.Schedule.TOKEN_SIGNING_OVERLAP)));
    }

    @Test
    @DisplayName("the database never holds the raw key bytes or the master key")
    void databaseNeverContainsRawKeyBytes() throws Exception {
        List<byte[]> secrets = new ArrayList<>();
        for (KeyPurpose purpose : KeyPurpose.values()) {
            secrets.add(reveal(keys.active(purpose)));
            keys.rotate(purpose);
            secrets.add(reveal(keys.active(purpose)));
        }
        secrets.add(masterBytes);

        byte[] table = database.inTransaction(c -> {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try (var s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM server_key")) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    for (int i = 1; i <= columns; i++) {
                        Object value = r.getObject(i);
                        all.writeBytes(value instanceof byte[] b ? b : String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return all.toByteArray();
        });
        List<byte[]> haystacks = new ArrayList<>(List.of(table));
        if (backend == StorageBackend.SQLITE) {
            try (Stream<Path> files = Files.list(settings.dataDirectory())) {
                for (Path file : files.toList()) {
                    haystacks.add(Files.readAllBytes(file)); // citadel.db, -wal, -shm
                }
            }
        }
        for (byte[] secret : secrets) {
            for (byte[] haystack : haystacks) {
                assertThat(indexOf(haystack, secret)).as("raw key bytes at rest").isEqualTo(-1);
                assertThat(indexOf(haystack, HexFormat.of().formatHex(secret).getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
                assertThat(indexOf(haystack, Base64.getEncoder().encode(secret))).isEqualTo(-1);
            }
        }
    }

    private void copyWrappedKey(String fromId, String toId) {
        database.inTransaction(c -> {
            byte[] blob = wrappedKey(c, fromId);
            try (PreparedStatement u = c.prepareStatement("UPDATE server_key SET wrapped_key = ? WHERE id = ?")) {
                u.setBytes(1, blob);
                u.setString(2, toId);
                return u.executeUpdate();
            }
        });
    }

    private static byte[] wrappedKey(java.sql.Connection c, String id) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT wrapped_key FROM server_key WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBytes(1);
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
