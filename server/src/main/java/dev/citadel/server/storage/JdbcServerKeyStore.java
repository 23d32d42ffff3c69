package dev.citadel.server.storage;

import dev.citadel.server.keys.KeyAlgorithm;
import dev.citadel.server.keys.KeyPurpose;
import dev.citadel.server.keys.KeyState;
import dev.citadel.server.keys.MasterKeyFingerprint;
import dev.citadel.server.keys.ServerKey;
import dev.citadel.server.keys.ServerKeyStore;
import dev.citadel.server.keys.WrappedServerKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ServerKeyStore} on the {@code server_key} table, identical on SQLite and PostgreSQL.
 *
 * <ul>
 *   <li>Null-handling: every argument is required ({@link NullPointerException} otherwise); results are
 *       never null.</li>
 *   <li>Atomicity: "one active key per purpose" is a partial unique index ({@code server_key_one_active}), so
 *       {@link #insertActiveIfAbsent} is an {@code INSERT … ON CONFLICT DO NOTHING} and concurrent creators,
 *       on one server or on replicas, leave exactly one row. {@link #rotate} demotes with a conditional
 *       update ({@code … WHERE state = 'ACTIVE'}) and inserts the replacement in the same transaction; a
 *       rotation that lost the race writes nothing.</li>
 *   <li>Retirement sets {@code wrapped_key} to NULL in the same statement that marks the row retired (a
 *       table CHECK ties the two).</li>
 *   <li>Concurrency: thread-safe; holds no state but the {@link Database}.</li>
 *   <li>Failures: {@code StorageException} with the reason {@link Database} reports; a row with a purpose,
 *       algorithm or state this build does not know is {@code QUERY_FAILED} (a newer build wrote it).</li>
 * </ul>
 */
public final class JdbcServerKeyStore implements ServerKeyStore {

    private static final String COLUMNS = "id, purpose, algorithm, state, created_at, activated_at, retire_after, "
            + "retired_at, wrapping, wrapped_key, master_fingerprint";

    private final Database database;

    public JdbcServerKeyStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public boolean insertActiveIfAbsent(WrappedServerKey key) {
        Objects.requireNonNull(key, "key");
        requireActive(key);
        return database.inTransaction(connection -> insert(connection, key, " ON CONFLICT DO NOTHING") == 1);
    }

    @Override
    public boolean rotate(String currentActiveId, Instant retireAfter, WrappedServerKey replacement) {
        Objects.requireNonNull(currentActiveId, "currentActiveId");
        Objects.requireNonNull(retireAfter, "retireAfter");
        Objects.requireNonNull(replacement, "replacement");
        requireActive(replacement);
        return database.inTransaction(connection -> {
            try (PreparedStatement demote = connection.prepareStatement("UPDATE server_key SET state = 'VERIFY_ONLY', "
                    + "retire_after = ? WHERE id = ? AND purpose = ? AND state = 'ACTIVE'")) {
                EpochMillisColumns.set(demote, 1, retireAfter);
                demote.setString(2, currentActiveId);
                demote.setString(3, replacement.key().purpose().name());
                if (demote.executeUpdate() != 1) {
                    return false;
                }
            }
            insert(connection, replacement, "");
            return true;
        });
    }

    @Override
    public List<WrappedServerKey> usable(KeyPurpose purpose) {
        Objects.requireNonNull(purpose, "purpose");
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM server_key "
                    + "WHERE purpose = ? AND state IN ('ACTIVE', 'VERIFY_ONLY') "
                    + "ORDER BY CASE state WHEN 'ACTIVE' THEN 0 ELSE 1 END, activated_at DESC, id")) {
                select.setString(1, purpose.name());
                try (ResultSet rows = select.executeQuery()) {
                    List<WrappedServerKey> out = new ArrayList<>();
                    while (rows.next()) {
                        out.add(new WrappedServerKey(metadata(rows), rows.getString("wrapping"),
                                rows.getBytes("wrapped_key"), new MasterKeyFingerprint(rows.getString("master_fingerprint"))));
                    }
                    return out;
                }
            }
        });
    }

    @Override
    public List<ServerKey> list() {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM server_key ORDER BY created_at DESC, id");
                    ResultSet rows = select.executeQuery()) {
                List<ServerKey> out = new ArrayList<>();
                while (rows.next()) {
                    out.add(metadata(rows));
                }
                return out;
            }
        });
    }

    @Override
    public List<String> retireDue(Instant now) {
        Objects.requireNonNull(now, "now");
        return database.inTransaction(connection -> {
            List<String> due = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM server_key "
                    + "WHERE state = 'VERIFY_ONLY' AND retire_after <= ? ORDER BY id")) {
                EpochMillisColumns.set(select, 1, now);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        due.add(rows.getString(1));
                    }
                }
            }
            List<String> retired = new ArrayList<>();
            try (PreparedStatement retire = connection.prepareStatement("UPDATE server_key SET state = 'RETIRED', "
                    + "retired_at = ?, wrapped_key = NULL WHERE id = ? AND state = 'VERIFY_ONLY'")) {
                for (String id : due) {
                    EpochMillisColumns.set(retire, 1, now);
                    retire.setString(2, id);
                    if (retire.executeUpdate() == 1) { // another replica may have retired it a moment ago
                        retired.add(id);
                    }
                }
            }
            return retired;
        });
    }

    @Override
    public Set<MasterKeyFingerprint> fingerprints() {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT master_fingerprint "
                    + "FROM server_key WHERE wrapped_key IS NOT NULL ORDER BY master_fingerprint");
                    ResultSet rows = select.executeQuery()) {
                Set<MasterKeyFingerprint> out = new LinkedHashSet<>();
                while (rows.next()) {
                    out.add(new MasterKeyFingerprint(rows.getString(1)));
                }
                return out;
            }
        });
    }

    private static int insert(Connection connection, WrappedServerKey stored, String conflictClause) throws SQLException {
        ServerKey key = stored.key();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO server_key (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + conflictClause)) {
            insert.setString(1, key.id());
            insert.setString(2, key.purpose().name());
            insert.setString(3, key.algorithm().joseName());
            insert.setString(4, key.state().name());
            EpochMillisColumns.set(insert, 5, key.createdAt());
            EpochMillisColumns.set(insert, 6, key.activatedAt());
            EpochMillisColumns.set(insert, 7, key.retireAfter());
            EpochMillisColumns.set(insert, 8, key.retiredAt());
            insert.setString(9, stored.scheme());
            insert.setBytes(10, stored.wrapped());
            insert.setString(11, stored.fingerprint().hex());
            return insert.executeUpdate();
        }
    }

    private static ServerKey metadata(ResultSet row) throws SQLException {
        String purpose = row.getString("purpose");
        String algorithm = row.getString("algorithm");
        String state = row.getString("state");
        return new ServerKey(row.getString("id"),
                known(purpose, () -> optionalEnum(KeyPurpose.class, purpose), "purpose"),
                known(algorithm, () -> KeyAlgorithm.fromJoseName(algorithm), "algorithm"),
                known(state, () -> optionalEnum(KeyState.class, state), "state"),
                EpochMillisColumns.get(row, "created_at"), EpochMillisColumns.get(row, "activated_at"),
                EpochMillisColumns.getOptional(row, "retire_after"), EpochMillisColumns.getOptional(row, "retired_at"));
    }

    private static <T> T known(String value, java.util.function.Supplier<Optional<T>> parse, String column)
            throws SQLException {
        return parse.get().orElseThrow(() -> new SQLException("server_key." + column + " '" + value
                + "' is unknown to this build"));
    }

    private static <E extends Enum<E>> Optional<E> optionalEnum(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void requireActive(WrappedServerKey key) {
        if (key.key().state() != KeyState.ACTIVE) {
            throw new IllegalArgumentException("a new server key is stored active");
        }
    }
}
