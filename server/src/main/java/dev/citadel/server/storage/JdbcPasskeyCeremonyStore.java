package dev.citadel.server.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Pending WebAuthn ceremonies on the {@code passkey_ceremony} table, each taken at most once.
 *
 * <ul>
 *   <li>Null-handling: every argument is required; a ceremony that is absent, taken or expired is
 *       {@link Optional#empty()}.</li>
 *   <li>Atomicity: {@link #take} is one {@code DELETE … WHERE ceremony_id = ? AND expires_at > ? RETURNING
 *       ceremony}: of concurrent takes of one id at most one returns the ceremony, on both engines and across
 *       replicas sharing the database.</li>
 *   <li>Representation: the ceremony is the library's opaque encoding, stored as given; instants in epoch
 *       milliseconds.</li>
 * </ul>
 */
public final class JdbcPasskeyCeremonyStore {

    /** Largest encoded ceremony stored (the library's encoding of options with a long allow list is far smaller). */
    public static final int MAX_CEREMONY_BYTES = 64 * 1024;

    private final Database database;

    public JdbcPasskeyCeremonyStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Stores a pending ceremony; {@code false}, changing nothing, when the id is already stored. */
    public boolean put(String ceremonyId, byte[] ceremony, Instant expiresAt) {
        Objects.requireNonNull(ceremonyId, "ceremonyId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (ceremony.length > MAX_CEREMONY_BYTES) {
            throw new IllegalArgumentException("an encoded ceremony is at most " + MAX_CEREMONY_BYTES + " bytes");
        }
        byte[] copy = ceremony.clone();
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO passkey_ceremony (ceremony_id, "
                    + "ceremony, expires_at) VALUES (?, ?, ?) ON CONFLICT (ceremony_id) DO NOTHING")) {
                insert.setString(1, ceremonyId);
                insert.setBytes(2, copy);
                EpochMillisColumns.set(insert, 3, expiresAt);
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** Removes and returns the ceremony if it is stored and {@code now} is before its expiry. */
    public Optional<byte[]> take(String ceremonyId, Instant now) {
        Objects.requireNonNull(ceremonyId, "ceremonyId");
        Objects.requireNonNull(now, "now");
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM passkey_ceremony WHERE ceremony_id = ? AND expires_at > ? RETURNING ceremony")) {
                delete.setString(1, ceremonyId);
                EpochMillisColumns.set(delete, 2, now);
                try (ResultSet row = delete.executeQuery()) {
                    return row.next() ? Optional.of(row.getBytes("ceremony")) : Optional.<byte[]>empty();
                }
            }
        });
    }

    /** Removes every ceremony that expired at or before {@code now}; returns how many. */
    public int purgeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM passkey_ceremony WHERE expires_at <= ?")) {
                EpochMillisColumns.set(delete, 1, now);
                return delete.executeUpdate();
            }
        });
    }
}
