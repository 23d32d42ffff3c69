package dev.citadel.server.storage;

import dev.citadel.server.passkeys.UserHandle;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Recovery codes on the {@code passkey_recovery_code} table: only their hashes, each usable once.
 *
 * <ul>
 *   <li>Null-handling: every argument is required.</li>
 *   <li>Atomicity: {@link #replace} deletes the account's codes and inserts the new set in one transaction;
 *       {@link #consume} is one {@code DELETE}: of concurrent uses of one code exactly one succeeds.</li>
 * </ul>
 */
public final class JdbcRecoveryCodeStore {

    private final Database database;

    public JdbcRecoveryCodeStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Replaces every code of {@code user} with {@code codeHashes} (base64url SHA-256 values). */
    public void replace(UserHandle user, List<String> codeHashes, Instant createdAt) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(createdAt, "createdAt");
        List<String> hashes = List.copyOf(codeHashes);
        database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM passkey_recovery_code WHERE user_handle = ?")) {
                delete.setBytes(1, user.bytes());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO passkey_recovery_code (user_handle, code_hash, created_at) VALUES (?, ?, ?)")) {
                for (String hash : hashes) {
                    insert.setBytes(1, user.bytes());
                    insert.setString(2, hash);
                    EpochMillisColumns.set(insert, 3, createdAt);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** Deletes the code with {@code codeHash} of {@code user}; {@code true} if it was there (it is now used). */
    public boolean consume(UserHandle user, String codeHash) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(codeHash, "codeHash");
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM passkey_recovery_code WHERE user_handle = ? AND code_hash = ?")) {
                delete.setBytes(1, user.bytes());
                delete.setString(2, codeHash);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /** How many unused codes {@code user} has. */
    public int remaining(UserHandle user) {
        Objects.requireNonNull(user, "user");
        return database.inTransaction(connection -> {
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM passkey_recovery_code WHERE user_handle = ?")) {
                count.setBytes(1, user.bytes());
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }
}
