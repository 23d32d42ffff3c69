package dev.citadel.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.attest.AppId;
import dev.citadel.attest.AttestedKey;
import dev.citadel.encoding.Bytes;
import dev.citadel.attest.Environment;
import dev.citadel.attest.KeyId;
import dev.citadel.cryptokit.P256;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The App Attest stores: attested keys with counters and receipts, and single-use challenges, on both engines. */
class AppAttestStoresContractTest extends StorageContract {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final AppId APP = AppId.parse("ABCDE12345.com.example.app");

    private JdbcAttestedKeyStore keys;
    private JdbcAppAttestChallengeStore challenges;

    @BeforeEach
    void createStores() {
        keys = new JdbcAttestedKeyStore(database, Clock.fixed(T0, ZoneOffset.UTC));
        challenges = new JdbcAppAttestChallengeStore(database);
    }

    private static AttestedKey newKey(Environment environment) {
        P256.Signing.PublicKey pk = P256.Signing.PrivateKey.generate().publicKey();
        return new AttestedKey(KeyId.of(pk), pk, APP, environment, 0);
    }

    @Test
    void registeredKeyIsFoundWithItsCounterAndReceipt() {
        AttestedKey key = newKey(Environment.DEVELOPMENT);
        Bytes receipt = Bytes.of(new byte[] {0x30, (byte) 0x80, 1, 2, 3});
        assertThat(keys.register(key, receipt)).isTrue();
        assertThat(keys.find(key.keyId())).contains(key);
        assertThat(keys.receipt(key.keyId())).contains(receipt);
        AttestedKey withoutReceipt = newKey(Environment.PRODUCTION);
        assertThat(keys.register(withoutReceipt)).isTrue();
        assertThat(keys.find(withoutReceipt.keyId())).contains(withoutReceipt);
        assertThat(keys.receipt(withoutReceipt.keyId())).isEmpty();
        assertThat(keys.find(newKey(Environment.PRODUCTION).keyId())).isEmpty();
    }

    @Test
    @DisplayName("a second registration of a key id changes nothing: the counter is never reset")
    void reRegistrationNeverResetsTheCounter() {
        AttestedKey key = newKey(Environment.PRODUCTION);
        assertThat(keys.register(key, Bytes.of(new byte[] {1}))).isTrue();
        assertThat(keys.compareAndSetCounter(key.keyId(), 0, 7)).isTrue();
        assertThat(keys.register(key, Bytes.of(new byte[] {2}))).isFalse();
        assertThat(keys.find(key.keyId()).orElseThrow().counter()).isEqualTo(7);
        assertThat(keys.receipt(key.keyId())).contains(Bytes.of(new byte[] {1}));
    }

    @Test
    void compareAndSetMovesTheCounterOnlyFromTheExpectedValue() {
        AttestedKey key = newKey(Environment.PRODUCTION);
        keys.register(key, Bytes.of(new byte[] {1}));
        assertThat(keys.compareAndSetCounter(key.keyId(), 1, 2)).isFalse();
        assertThat(keys.compareAndSetCounter(key.keyId(), 0, 0xffff_ffffL)).isTrue();
        assertThat(keys.find(key.keyId()).orElseThrow().counter()).isEqualTo(0xffff_ffffL);
        assertThat(keys.compareAndSetCounter(newKey(Environment.PRODUCTION).keyId(), 0, 1)).isFalse();
    }

    @Test
    @DisplayName("of concurrent compare-and-sets from one counter value exactly one wins (an assertion replayed in parallel)")
    void counterRaceHasOneWinner() throws Exception {
        AttestedKey key = newKey(Environment.PRODUCTION);
        keys.register(key, Bytes.of(new byte[] {1}));
        for (int round = 0; round < 4; round++) {
            long from = round;
            List<Boolean> won = Race.run(16, i -> keys.compareAndSetCounter(key.keyId(), from, from + 1));
            assertThat(won).containsOnlyOnce(true);
            assertThat(keys.find(key.keyId()).orElseThrow().counter()).isEqualTo(from + 1);
        }
    }

    @Test
    void concurrentRegistrationsOfOneKeyLeaveOne() throws Exception {
        AttestedKey key = newKey(Environment.PRODUCTION);
        List<Boolean> won = Race.run(16, i -> keys.register(key, Bytes.of(new byte[] {(byte) i})));
        assertThat(won).containsOnlyOnce(true);
        assertThat(keys.receipt(key.keyId())).contains(Bytes.of(new byte[] {(byte) won.indexOf(true)}));
    }

    @Test
    void aChallengeIsConsumedOnceAndOnlyBeforeItsExpiry() {
        assertThat(challenges.issue("challenge-one", T0.plusSeconds(300))).isTrue();
        assertThat(challenges.issue("challenge-one", T0.plusSeconds(300))).isFalse();
        assertThat(challenges.consume("never-issued", T0)).isFalse();
        assertThat(challenges.consume("challenge-one", T0.plusSeconds(299))).isTrue();
        assertThat(challenges.consume("challenge-one", T0.plusSeconds(299))).isFalse();

        assertThat(challenges.issue("challenge-two", T0.plusSeconds(300))).isTrue();
        assertThat(challenges.consume("challenge-two", T0.plusSeconds(300))).isFalse();
    }

    @Test
    void expiredChallengesArePurged() {
        challenges.issue("old", T0.plusSeconds(10));
        challenges.issue("fresh", T0.plusSeconds(600));
        assertThat(challenges.purgeExpired(T0.plusSeconds(10))).isEqualTo(1);
        assertThat(challenges.consume("fresh", T0)).isTrue();
    }

    @Test
    @DisplayName("of concurrent consumers of one challenge exactly one succeeds")
    void challengeRaceHasOneWinner() throws Exception {
        List<String> issued = IntStream.range(0, 4).mapToObj(i -> "race-" + i).toList();
        for (String c : issued) {
            challenges.issue(c, T0.plusSeconds(300));
            assertThat(Race.run(16, i -> challenges.consume(c, T0))).containsOnlyOnce(true);
        }
    }
}
