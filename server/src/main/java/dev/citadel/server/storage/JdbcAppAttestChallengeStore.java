package dev.citadel.server.storage;

import dev.citadel.cryptokit.SHA256;
import dev.citadel.server.appattest.AppAttestChallengeStore;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * {@link AppAttestChallengeStore} on the {@code appattest_challenge} table, identical on SQLite and PostgreSQL.
 *
 * <ul>
 *   <li>Null-handling: every argument is required.</li>
 *   <li>Atomicity: each method is one statement. {@link #consume} is one {@code DELETE … WHERE
 *       challenge_hash = ? AND expires_at > ?}: of concurrent consumers exactly one sees the row deleted.</li>
 *   <li>Representation: only SHA-256 of the challenge's UTF-8 bytes is stored (base64url, no padding), so a
 *       copy of the table does not hand out usable challenges; instants in epoch milliseconds.</li>
 * </ul>
 */
public final class JdbcAppAttestChallengeStore implements AppAttestChallengeStore {

    private final Database database;

    public JdbcAppAttestChallengeStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public boolean issue(String challenge, Instant expiresAt) {
        Objects.requireNonNull(expiresAt, "expiresAt");
        String hash = hash(challenge);
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO appattest_challenge (challenge_hash, expires_at) VALUES (?, ?) ON CONFLICT (challenge_hash) DO NOTHING")) {
                insert.setString(1, hash);
                EpochMillisColumns.set(insert, 2, expiresAt);
                return insert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean consume(String challenge, Instant now) {
        Objects.requireNonNull(now, "now");
        String hash = hash(challenge);
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM appattest_challenge WHERE challenge_hash = ? AND expires_at > ?")) {
                delete.setString(1, hash);
                EpochMillisColumns.set(delete, 2, now);
                return delete.executeUpdate() == 1;
            }
        });
    }

    @Override
    public int purgeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM appattest_challenge WHERE expires_at <= ?")) {
                EpochMillisColumns.set(delete, 1, now);
                return delete.executeUpdate();
            }
        });
    }

    private static String hash(String challenge) {
        Objects.requireNonNull(challenge, "challenge");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(SHA256.hash(challenge.getBytes(StandardCharsets.UTF_8)).bytes());
    }
}
