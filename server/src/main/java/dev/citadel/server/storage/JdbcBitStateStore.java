package dev.citadel.server.storage;

import dev.citadel.attest.devicecheck.BitStateStore;
import dev.citadel.attest.devicecheck.StoredBits;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link BitStateStore} on the {@code devicecheck_bits} table, identical on SQLite and PostgreSQL.
 *
 * <ul>
 *   <li>Null-handling: every argument is required; results are never null.</li>
 *   <li>Atomicity: {@link #update} is one upsert whose conflict branch merges in the row it locked
 *       ({@code SET bit0 = COALESCE(?, devicecheck_bits.bit0)}), so no update works from a stale read and
 *       concurrent updates of different bits all take effect. The state it returns is read in the same
 *       transaction.</li>
 *   <li>Representation: bits as 0/1 integers; instants in epoch milliseconds ({@link EpochMillisColumns}).</li>
 * </ul>
 */
public final class JdbcBitStateStore implements BitStateStore {

    private final Database database;

    public JdbcBitStateStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<StoredBits> read(String teamId, String instanceId) {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(instanceId, "instanceId");
        return database.inTransaction(connection -> select(connection, teamId, instanceId));
    }

    @Override
    public StoredBits update(String teamId, String instanceId, Optional<Boolean> bit0, Optional<Boolean> bit1, Instant at) {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(bit0, "bit0");
        Objects.requireNonNull(bit1, "bit1");
        Objects.requireNonNull(at, "at");
        return database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO devicecheck_bits (team_id, instance_id, bit0, bit1, updated_at)
                    VALUES (?, ?, COALESCE(?, 0), COALESCE(?, 0), ?)
                    ON CONFLICT (team_id, instance_id) DO UPDATE SET
                        bit0 = COALESCE(?, devicecheck_bits.bit0),
                        bit1 = COALESCE(?, devicecheck_bits.bit1),
                        updated_at = excluded.updated_at""")) {
                upsert.setString(1, teamId);
                upsert.setString(2, instanceId);
                setBit(upsert, 3, bit0);
                setBit(upsert, 4, bit1);
                EpochMillisColumns.set(upsert, 5, at);
                setBit(upsert, 6, bit0);
                setBit(upsert, 7, bit1);
                upsert.executeUpdate();
            }
            return select(connection, teamId, instanceId).orElseThrow(() -> new SQLException("upserted row not found"));
        });
    }

    private static Optional<StoredBits> select(java.sql.Connection connection, String teamId, String instanceId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT bit0, bit1, updated_at FROM devicecheck_bits WHERE team_id = ? AND instance_id = ?")) {
            select.setString(1, teamId);
            select.setString(2, instanceId);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new StoredBits(row.getInt("bit0") == 1, row.getInt("bit1") == 1,
                                EpochMillisColumns.get(row, "updated_at")))
                        : Optional.<StoredBits>empty();
            }
        }
    }

    private static void setBit(PreparedStatement statement, int index, Optional<Boolean> bit) throws SQLException {
        if (bit.isPresent()) {
            statement.setShort(index, (short) (bit.get() ? 1 : 0));
        } else {
            statement.setNull(index, Types.SMALLINT);
        }
    }
}
