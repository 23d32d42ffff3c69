package dev.citadel.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.cryptokit.RandomSource;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.AuthenticatorAttachment;
import dev.citadel.passkeys.local.StepUpEvidence;
import dev.citadel.server.passkeys.AuditEvent;
import dev.citadel.server.passkeys.AuditEventType;
import dev.citadel.server.passkeys.PasskeyUser;
import dev.citadel.server.passkeys.Session;
import dev.citadel.server.passkeys.UserHandle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The passkey server's own stores (accounts, ceremonies, sessions, recovery codes, audit) on both engines. */
class PasskeyStoresContractTest extends StorageContract {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration IDLE = Duration.ofMinutes(30);

    private JdbcPasskeyUserStore users;
    private JdbcPasskeyCeremonyStore ceremonies;
    private JdbcPasskeySessionStore sessions;
    private JdbcRecoveryCodeStore codes;
    private JdbcPasskeyAuditLog audit;

    @BeforeEach
    void createStores() {
        users = new JdbcPasskeyUserStore(database);
        ceremonies = new JdbcPasskeyCeremonyStore(database);
        sessions = new JdbcPasskeySessionStore(database);
        codes = new JdbcRecoveryCodeStore(database);
        audit = new JdbcPasskeyAuditLog(database);
    }

    private PasskeyUser newUser(String name) {
        PasskeyUser user = new PasskeyUser(UserHandle.generate(RandomSource.system()), name, name + " Example", T0);
        assertThat(users.create(user)).isTrue();
        return user;
    }

    private static Session session(String hash, UserHandle user, Instant expiresAt) {
        return new Session(hash, user, "c".repeat(43), false, T0, T0, expiresAt, Optional.empty());
    }

    @Test
    void anAccountIsFoundByUsernameAndHandle() {
        PasskeyUser alice = newUser("alice");
        assertThat(users.findByUsername("alice")).contains(alice);
        assertThat(users.findByHandle(alice.handle())).contains(alice);
        assertThat(users.findByUsername("bob")).isEmpty();
        assertThat(users.findByHandle(UserHandle.generate(RandomSource.system()))).isEmpty();
    }

    @Test
    @DisplayName("a username is taken once, even by concurrent sign-ups")
    void usernameIsUnique() throws Exception {
        newUser("alice");
        assertThat(users.create(new PasskeyUser(UserHandle.generate(RandomSource.system()), "alice", "Other", T0))).isFalse();
        List<Boolean> won = Race.run(16, i -> users.create(new PasskeyUser(UserHandle.generate(RandomSource.system()),
                "carol", "Carol " + i, T0)));
        assertThat(won).containsOnlyOnce(true);
    }

    @Test
    void aCeremonyIsTakenOnceAndOnlyBeforeItsExpiry() {
        byte[] blob = {1, 2, 3};
        assertThat(ceremonies.put("ceremony-id-0000001", blob, T0.plusSeconds(300))).isTrue();
        assertThat(ceremonies.put("ceremony-id-0000001", new byte[] {9}, T0.plusSeconds(300))).isFalse();
        assertThat(ceremonies.take("ceremony-id-unknown", T0)).isEmpty();
        assertThat(ceremonies.take("ceremony-id-0000001", T0.plusSeconds(299))).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
        assertThat(ceremonies.take("ceremony-id-0000001", T0.plusSeconds(299))).isEmpty();

        ceremonies.put("ceremony-id-0000002", blob, T0.plusSeconds(300));
        assertThat(ceremonies.take("ceremony-id-0000002", T0.plusSeconds(300))).isEmpty();
        assertThat(ceremonies.take("ceremony-id-0000002", T0)).as("an expired take deletes nothing but never answers").isPresent();
    }

    @Test
    @DisplayName("of concurrent takes of one ceremony id exactly one gets the ceremony (a replayed response in parallel)")
    void ceremonyRaceHasOneWinner() throws Exception {
        for (int round = 0; round < 4; round++) {
            String id = "race-ceremony-000" + round;
            ceremonies.put(id, new byte[] {(byte) round}, T0.plusSeconds(300));
            List<Boolean> won = Race.run(16, i -> ceremonies.take(id, T0).isPresent());
            assertThat(won).containsOnlyOnce(true);
        }
    }

    @Test
    void expiredCeremoniesArePurged() {
        ceremonies.put("old-ceremony-00001", new byte[] {1}, T0.plusSeconds(10));
        ceremonies.put("new-ceremony-00001", new byte[] {2}, T0.plusSeconds(600));
        assertThat(ceremonies.purgeExpired(T0.plusSeconds(10))).isEqualTo(1);
        assertThat(ceremonies.take("new-ceremony-00001", T0)).isPresent();
    }

    @Test
    void aSessionIsUsableUntilIdleOrAbsoluteExpiryAndThenDeleted() {
        UserHandle alice = newUser("alice").handle();
        sessions.insert(session("a".repeat(43), alice, T0.plus(Duration.ofHours(1))));
        assertThat(sessions.touch("a".repeat(43), T0.plus(Duration.ofMinutes(29)), IDLE)).hasValueSatisfying(s -> {
            assertThat(s.user()).isEqualTo(alice);
            assertThat(s.lastSeenAt()).isEqualTo(T0.plus(Duration.ofMinutes(29)));
        });
        assertThat(sessions.touch("a".repeat(43), T0.plus(Duration.ofMinutes(58)), IDLE)).as("idle 29 min").isPresent();
        assertThat(sessions.touch("a".repeat(43), T0.plus(Duration.ofMinutes(60)), IDLE)).as("absolute expiry").isEmpty();
        assertThat(sessions.find("a".repeat(43))).as("deleted when found expired").isEmpty();

        sessions.insert(session("b".repeat(43), alice, T0.plus(Duration.ofHours(12))));
        assertThat(sessions.touch("b".repeat(43), T0.plus(IDLE), IDLE)).as("idle expiry").isEmpty();
        assertThat(sessions.find("b".repeat(43))).isEmpty();
    }

    @Test
    void stepUpSignOutAndCascade() {
        PasskeyUser alice = newUser("alice");
        sessions.insert(session("a".repeat(43), alice.handle(), T0.plus(Duration.ofHours(1))));
        sessions.insert(session("b".repeat(43), alice.handle(), T0.plus(Duration.ofHours(1))));
        Session.StepUpState stepUp = new Session.StepUpState(new StepUpEvidence(Bytes.of(alice.handle().bytes()),
                Optional.of(Bytes.of(new byte[] {1, 2, 3})), T0.plusSeconds(5), true, Optional.of(AuthenticatorAttachment.PLATFORM)),
                Bytes.of(new byte[32]));
        assertThat(sessions.find("a".repeat(43)).orElseThrow().stepUp()).isEmpty();
        assertThat(sessions.recordStepUp("a".repeat(43), stepUp)).isTrue();
        assertThat(sessions.find("a".repeat(43)).orElseThrow().stepUp()).contains(stepUp);
        assertThat(sessions.delete("a".repeat(43))).isTrue();
        assertThat(sessions.delete("a".repeat(43))).isFalse();
        assertThat(sessions.recordStepUp("a".repeat(43), stepUp)).isFalse();
        assertThat(sessions.deleteAll(alice.handle())).isEqualTo(1);
    }

    @Test
    void expiredAndIdleSessionsArePurged() {
        UserHandle alice = newUser("alice").handle();
        sessions.insert(session("a".repeat(43), alice, T0.plusSeconds(60)));
        sessions.insert(session("b".repeat(43), alice, T0.plus(Duration.ofHours(12))));
        assertThat(sessions.purgeExpired(T0.plusSeconds(60), IDLE)).as("past its absolute expiry").isEqualTo(1);
        assertThat(sessions.purgeExpired(T0.plus(IDLE), IDLE)).as("idle").isEqualTo(1);
        assertThat(sessions.find("b".repeat(43))).isEmpty();
    }

    @Test
    void aSessionForNoAccountIsAConstraint() {
        assertThatThrownBy(() -> sessions.insert(session("a".repeat(43), UserHandle.generate(RandomSource.system()), T0)))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.CONSTRAINT));
    }

    @Test
    void recoveryCodesAreSingleUseAndReplacedAsASet() {
        UserHandle alice = newUser("alice").handle();
        UserHandle bob = newUser("bob").handle();
        List<String> first = IntStream.range(0, 10).mapToObj(i -> String.valueOf((char) ('a' + i)).repeat(43)).toList();
        codes.replace(alice, first, T0);
        assertThat(codes.remaining(alice)).isEqualTo(10);
        assertThat(codes.consume(bob, first.get(0))).as("another account's code").isFalse();
        assertThat(codes.consume(alice, first.get(0))).isTrue();
        assertThat(codes.consume(alice, first.get(0))).isFalse();
        assertThat(codes.remaining(alice)).isEqualTo(9);
        codes.replace(alice, List.of("z".repeat(43)), T0);
        assertThat(codes.consume(alice, first.get(1))).as("the old set is gone").isFalse();
        assertThat(codes.remaining(alice)).isEqualTo(1);
    }

    @Test
    @DisplayName("of concurrent uses of one recovery code exactly one succeeds")
    void recoveryCodeRaceHasOneWinner() throws Exception {
        UserHandle alice = newUser("alice").handle();
        codes.replace(alice, List.of("r".repeat(43)), T0);
        assertThat(Race.run(16, i -> codes.consume(alice, "r".repeat(43)))).containsOnlyOnce(true);
    }

    @Test
    void auditEventsAreListedNewestFirstPerAccount() {
        UserHandle alice = newUser("alice").handle();
        UserHandle bob = newUser("bob").handle();
        audit.append(AuditEvent.of(T0, AuditEventType.SIGN_UP, Optional.of(alice), "127.0.0.1", "first"));
        audit.append(AuditEvent.of(T0.plusSeconds(1), AuditEventType.SIGN_IN, Optional.of(bob), "127.0.0.1", ""));
        audit.append(AuditEvent.of(T0.plusSeconds(2), AuditEventType.SIGN_OUT, Optional.of(alice), "::1", "second"));
        audit.append(AuditEvent.of(T0.plusSeconds(3), AuditEventType.SIGN_IN_FAILED, Optional.empty(), "10.0.0.1", "unknown-credential"));
        List<AuditEvent> events = audit.forUser(alice, 10);
        assertThat(events).extracting(AuditEvent::type).containsExactly(AuditEventType.SIGN_OUT, AuditEventType.SIGN_UP);
        assertThat(events.get(0).id()).isGreaterThan(events.get(1).id());
        assertThat(events.get(0).clientAddress()).isEqualTo("::1");
        assertThat(audit.forUser(alice, 1)).hasSize(1);
        assertThat(audit.withoutUser(10)).singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("unknown-credential"));
    }
}
