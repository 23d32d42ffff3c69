package dev.citadel.server.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/**
 * Instants in SQL columns: stored as UTC epoch milliseconds in a {@code BIGINT} ({@code INTEGER} on SQLite),
 * {@code NULL} for an absent optional instant. The same representation on both engines, so ordering,
 * comparison and precision behave identically; no driver time-zone conversion is involved.
 *
 * <p>Precision is milliseconds: finer instants are truncated when written. Stateless and thread-safe.
 */
final class EpochMillisColumns {

    private EpochMillisColumns() {}

    static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setLong(index, instant.toEpochMilli());
    }

    static void set(PreparedStatement statement, int index, Optional<Instant> instant) throws SQLException {
        if (instant.isPresent()) {
            set(statement, index, instant.get());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    static Instant get(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        if (row.wasNull()) {
            throw new SQLException("column " + column + " is NULL but must hold an instant");
        }
        return Instant.ofEpochMilli(millis);
    }

    static Optional<Instant> getOptional(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }
}
