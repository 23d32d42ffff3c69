package dev.citadel.server.storage;

import dev.citadel.attest.devicecheck.TeamKey;
import dev.citadel.attest.devicecheck.TeamKeyStore;
import dev.citadel.cryptokit.P256;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link TeamKeyStore} on the {@code devicecheck_team_key} table, identical on SQLite and PostgreSQL.
 *
 * <ul>
 *   <li>Null-handling: every argument is required; results are never null.</li>
 *   <li>Atomicity: each method is one statement. {@link #register} is {@code INSERT … ON CONFLICT DO NOTHING}
 *       on the primary key (team id, key id), so of two concurrent registrations exactly one returns true.</li>
 *   <li>Representation: the public key as its 65-byte X9.63 point, validated on the curve when read;
 *       instants in epoch milliseconds ({@link EpochMillisColumns}).</li>
 * </ul>
 */
public final class JdbcTeamKeyStore implements TeamKeyStore {

    private static final String COLUMNS = "team_id, key_id, public_key, registered_at";

    private final Database database;

    public JdbcTeamKeyStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public boolean register(TeamKey key) {
        Objects.requireNonNull(key, "key");
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO devicecheck_team_key (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?) ON CONFLICT (team_id, key_id) DO NOTHING")) {
                insert.setString(1, key.teamId());
                insert.setString(2, key.keyId());
                insert.setBytes(3, key.publicKey().x963Representation());
                EpochMillisColumns.set(insert, 4, key.registeredAt());
                return insert.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<TeamKey> find(String teamId, String keyId) {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(keyId, "keyId");
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM devicecheck_team_key WHERE team_id = ? AND key_id = ?")) {
                select.setString(1, teamId);
                select.setString(2, keyId);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(key(row)) : Optional.<TeamKey>empty();
                }
            }
        });
    }

    @Override
    public List<TeamKey> list(String teamId) {
        Objects.requireNonNull(teamId, "teamId");
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM devicecheck_team_key WHERE team_id = ? ORDER BY registered_at, key_id")) {
                select.setString(1, teamId);
                try (ResultSet rows = select.executeQuery()) {
                    List<TeamKey> keys = new ArrayList<>();
                    while (rows.next()) {
                        keys.add(key(rows));
                    }
                    return List.copyOf(keys);
                }
            }
        });
    }

    @Override
    public boolean remove(String teamId, String keyId) {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(keyId, "keyId");
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM devicecheck_team_key WHERE team_id = ? AND key_id = ?")) {
                delete.setString(1, teamId);
                delete.setString(2, keyId);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private static TeamKey key(ResultSet row) throws SQLException {
        return new TeamKey(row.getString("team_id"), row.getString("key_id"),
                P256.Signing.PublicKey.fromX963Representation(row.getBytes("public_key")),
                EpochMillisColumns.get(row, "registered_at"));
    }
}
