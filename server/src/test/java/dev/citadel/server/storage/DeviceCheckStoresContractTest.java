package dev.citadel.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.attest.devicecheck.StoredBits;
import dev.citadel.attest.devicecheck.TeamKey;
import dev.citadel.cryptokit.P256;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The DeviceCheck {@code TeamKeyStore} and {@code BitStateStore} contracts, on {@link JdbcTeamKeyStore} and {@link JdbcBitStateStore}. */
class DeviceCheckStoresContractTest extends StorageContract {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String TEAM = "A1B2C3D4E5";
    private static final String INSTANCE = "00112233445566778899aabbccddeeff";

    private JdbcTeamKeyStore keys;
    private JdbcBitStateStore bits;

    @BeforeEach
    void createStores() {
        keys = new JdbcTeamKeyStore(database);
        bits = new JdbcBitStateStore(database);
    }

    private static TeamKey key(String team, String keyId, Instant at) {
        return new TeamKey(team, keyId, P256.Signing.PrivateKey.generate().publicKey(), at);
    }

    @Test
    void registeredKeyIsFoundListedAndRemoved() {
        TeamKey first = key(TEAM, "KEY0000001", T0);
        TeamKey second = key(TEAM, "KEY0000002", T0.plusSeconds(1));
        assertThat(keys.register(second)).isTrue();
        assertThat(keys.register(first)).isTrue();
        assertThat(keys.register(key("Z9Y8X7W6V5", "KEY0000001", T0))).isTrue();

        assertThat(keys.find(TEAM, "KEY0000001")).contains(first);
        assertThat(keys.list(TEAM)).containsExactly(first, second);
        assertThat(keys.remove(TEAM, "KEY0000001")).isTrue();
        assertThat(keys.remove(TEAM, "KEY0000001")).isFalse();
        assertThat(keys.find(TEAM, "KEY0000001")).isEmpty();
        assertThat(keys.find("Z9Y8X7W6V5", "KEY0000001")).isPresent();
    }

    @Test
    @DisplayName("a (team, key id) is never replaced: of concurrent registrations exactly one wins, and its key stays")
    void concurrentRegistrationsOfOneKeyIdLeaveOne() throws Exception {
        List<TeamKey> candidates = java.util.stream.IntStream.range(0, 16).mapToObj(i -> key(TEAM, "KEY0000001", T0)).toList();
        List<Boolean> won = Race.run(16, i -> keys.register(candidates.get(i)));

        assertThat(won).containsOnlyOnce(true);
        assertThat(keys.find(TEAM, "KEY0000001")).contains(candidates.get(won.indexOf(true)));
    }

    @Test
    void bitsStartUnsetThenMergePerBit() {
        assertThat(bits.read(TEAM, INSTANCE)).isEmpty();

        assertThat(bits.update(TEAM, INSTANCE, Optional.empty(), Optional.of(true), T0)).isEqualTo(new StoredBits(false, true, T0));
        StoredBits after = bits.update(TEAM, INSTANCE, Optional.of(true), Optional.empty(), T0.plusSeconds(5));

        assertThat(after).isEqualTo(new StoredBits(true, true, T0.plusSeconds(5)));
        assertThat(bits.read(TEAM, INSTANCE)).contains(after);
        assertThat(bits.update(TEAM, INSTANCE, Optional.of(false), Optional.of(false), T0.plusSeconds(9)))
                .isEqualTo(new StoredBits(false, false, T0.plusSeconds(9)));
        assertThat(bits.read("Z9Y8X7W6V5", INSTANCE)).isEmpty();
    }

    @Test
    @DisplayName("concurrent updates of different bits all take effect (no lost update from a stale read)")
    void concurrentUpdatesOfDifferentBitsBothLand() throws Exception {
        for (int round = 0; round < 8; round++) {
            String instance = String.format("%032x", round);
            Race.run(2, i -> bits.update(TEAM, instance, i == 0 ? Optional.of(true) : Optional.empty(),
                    i == 1 ? Optional.of(true) : Optional.empty(), T0));
            assertThat(bits.read(TEAM, instance)).contains(new StoredBits(true, true, T0));
        }
    }
}
