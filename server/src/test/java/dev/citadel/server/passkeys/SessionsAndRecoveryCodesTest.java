package dev.citadel.server.passkeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.RandomSource;
import dev.citadel.server.storage.Database;
import dev.citadel.server.storage.DatabaseSettings;
import dev.citadel.server.storage.Databases;
import dev.citadel.server.storage.JdbcPasskeySessionStore;
import dev.citadel.server.storage.JdbcPasskeyUserStore;
import dev.citadel.server.storage.JdbcRecoveryCodeStore;
import dev.citadel.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions (expiry, rotation, CSRF binding) and recovery codes (format, single use) over SQLite. */
class SessionsAndRecoveryCodesTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private Database database;
    private Sessions sessions;
    private RecoveryCodes codes;
    private UserHandle alice;

    @BeforeEach
    void open() {
        database = Databases.open(new DatabaseSettings(Optional.empty(), Optional.empty(), Optional.empty(), 1, dir));
        sessions = new Sessions(new JdbcPasskeySessionStore(database), RandomSource.system(), clock, Sessions.DEFAULT_IDLE_TIMEOUT,
                Sessions.DEFAULT_ABSOLUTE_TIMEOUT);
        codes = new RecoveryCodes(new JdbcRecoveryCodeStore(database), RandomSource.system(), clock);
        alice = UserHandle.generate(RandomSource.system());
        new JdbcPasskeyUserStore(database).create(new PasskeyUser(alice, "alice", "Alice", clock.instant()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    @DisplayName("a session lives until idle for the idle timeout; each use restarts the idle clock")
    void idleExpiry() {
        Sessions.Issued issued = sessions.issue(alice, false);
        clock.advance(Sessions.DEFAULT_IDLE_TIMEOUT.minusSeconds(1));
        assertThat(sessions.resolve(issued.id())).isPresent();
        clock.advance(Sessions.DEFAULT_IDLE_TIMEOUT.minusSeconds(1));
        assertThat(sessions.resolve(issued.id())).isPresent();
        clock.advance(Sessions.DEFAULT_IDLE_TIMEOUT);
        assertThat(sessions.resolve(issued.id())).isEmpty();
    }

    @Test
    @DisplayName("a session ends at the absolute timeout however busy it is")
    void absoluteExpiry() {
        Sessions.Issued issued = sessions.issue(alice, false);
        Duration step = Sessions.DEFAULT_IDLE_TIMEOUT.dividedBy(2);
        for (Duration age = Duration.ZERO; age.plus(step).compareTo(Sessions.DEFAULT_ABSOLUTE_TIMEOUT) < 0; age = age.plus(step)) {
            clock.advance(step);
            assertThat(sessions.resolve(issued.id())).as("at %s", age.plus(step)).isPresent();
        }
        clock.advance(step);
        assertThat(sessions.resolve(issued.id())).isEmpty();
    }

    @Test
    @DisplayName("rotation kills the previous id; the CSRF token is bound to its own session")
    void rotationAndCsrfBinding() {
        Sessions.Issued first = sessions.issue(alice, false);
        Sessions.Issued second = sessions.rotate(Optional.of(first.id()), alice, false);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(sessions.resolve(first.id())).isEmpty();
        Session live = sessions.resolve(second.id()).orElseThrow();
        assertThat(Sessions.csrfMatches(live, second.csrfToken())).isTrue();
        assertThat(Sessions.csrfMatches(live, first.csrfToken())).isFalse();
        assertThat(Sessions.csrfMatches(live, second.id())).isFalse();
        assertThat(second.toString()).doesNotContain(second.id()).doesNotContain(second.csrfToken());
        assertThat(sessions.end(second.id())).isTrue();
        assertThat(sessions.resolve(second.id())).isEmpty();
    }

    @Test
    @DisplayName("ten distinct codes of 16 Crockford base32 characters, each usable once, case and dashes ignored")
    void recoveryCodes() {
        List<String> set = codes.generate(alice);
        assertThat(set).hasSize(RecoveryCodes.CODES_PER_SET).allMatch(c -> c.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"));
        assertThat(new HashSet<>(set)).hasSize(set.size());
        assertThat(codes.consume(alice, set.get(0).toLowerCase().replace("-", ""))).isTrue();
        assertThat(codes.consume(alice, set.get(0))).as("reuse").isFalse();
        assertThat(codes.remaining(alice)).isEqualTo(9);
        UserHandle bob = UserHandle.generate(RandomSource.system());
        assertThat(codes.consume(bob, set.get(1))).as("another account").isFalse();
        List<String> fresh = codes.generate(alice);
        assertThat(codes.consume(alice, set.get(1))).as("a regenerated set revokes the old").isFalse();
        assertThat(codes.consume(alice, fresh.get(9))).isTrue();
        assertThat(codes.consume(alice, "x".repeat(RecoveryCodes.MAX_PRESENTED_CHARS + 1))).isFalse();
    }

    @Test
    void storedHashesDifferPerAccount() {
        UserHandle bob = UserHandle.generate(RandomSource.system());
        assertThat(RecoveryCodes.hash(alice, "ABCD-EFGH-JKMN-PQRS")).isNotEqualTo(RecoveryCodes.hash(bob, "ABCD-EFGH-JKMN-PQRS"))
                .isEqualTo(RecoveryCodes.hash(alice, "abcdefghjkmnpqrs"));
    }
}
