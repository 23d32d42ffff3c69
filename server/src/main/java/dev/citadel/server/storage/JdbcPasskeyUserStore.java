package dev.citadel.server.storage;

import dev.citadel.server.passkeys.PasskeyUser;
import dev.citadel.server.passkeys.UserHandle;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * Passkey accounts on the {@code passkey_user} table, identical on SQLite and PostgreSQL.
 *
 * <ul>
 *   <li>Null-handling: every argument is required; absent rows are {@link Optional#empty()}.</li>
 *   <li>Atomicity: each method is one statement. {@link #create} is one {@code INSERT … ON CONFLICT DO
 *       NOTHING}: of concurrent sign-ups for one username exactly one returns {@code true}.</li>
 *   <li>Usernames are compared exactly as stored (the service normalises them before they get here).</li>
 * </ul>
 */
public final class JdbcPasskeyUserStore {

    private final Database database;

    public JdbcPasskeyUserStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Creates {@code user}; {@code false}, changing nothing, when its username or handle is taken. */
    public boolean create(PasskeyUser user) {
        Objects.requireNonNull(user, "user");
        return database.inTransaction(connection -> insert(connection, user));
    }

    static boolean insert(java.sql.Connection connection, PasskeyUser user) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO passkey_user (user_handle, username, "
                + "display_name, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setBytes(1, user.handle().bytes());
            insert.setString(2, user.username());
            insert.setString(3, user.displayName());
            EpochMillisColumns.set(insert, 4, user.createdAt());
            return insert.executeUpdate() == 1;
        }
    }

    public Optional<PasskeyUser> findByUsername(String username) {
        Objects.requireNonNull(username, "username");
        return find("username = ?", statement -> statement.setString(1, username));
    }

    public Optional<PasskeyUser> findByHandle(UserHandle handle) {
        Objects.requireNonNull(handle, "handle");
        return find("user_handle = ?", statement -> statement.setBytes(1, handle.bytes()));
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private Optional<PasskeyUser> find(String where, Binder binder) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT user_handle, username, display_name, created_at FROM passkey_user WHERE " + where)) {
                binder.bind(select);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new PasskeyUser(UserHandle.of(row.getBytes("user_handle")), row.getString("username"),
                            row.getString("display_name"), EpochMillisColumns.get(row, "created_at")));
                }
            }
        });
    }
}
