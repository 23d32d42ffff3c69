package dev.citadel.server.storage;

import dev.citadel.server.storage.Database.Backend;
import dev.citadel.server.storage.StorageException.Reason;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.sqlite.SQLiteException;

/**
 * Turns driver exceptions into {@link StorageException}s with a machine-readable reason, the one place that
 * knows how each engine reports a refused constraint or a lost connection.
 *
 * <ul>
 *   <li>PostgreSQL: SQLState class {@code 23} (integrity constraint violation) is {@code CONSTRAINT}; class
 *       {@code 08} (connection exception), {@code 53300} (too many connections) and {@code 57P0x}
 *       (server shutting down) are {@code UNAVAILABLE}.</li>
 *   <li>SQLite: primary result code {@code SQLITE_CONSTRAINT} (19, any extended code) is {@code CONSTRAINT};
 *       {@code SQLITE_BUSY}/{@code SQLITE_LOCKED} (the busy timeout ran out) and {@code SQLITE_CANTOPEN} are
 *       {@code UNAVAILABLE}.</li>
 *   <li>Everything else is {@code QUERY_FAILED}.</li>
 * </ul>
 *
 * <p>Messages are one line, bounded, and never carry a password (driver messages do not contain one, and
 * {@link #summary(Throwable, Optional)} redacts a known password anyway). Stateless and thread-safe.
 */
final class SqlFailures {

    /** Longest cause summary copied into a message; keeps log lines readable when a driver is verbose. */
    static final int MAX_SUMMARY_CHARS = 400;

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_PRIMARY_CODE_MASK = 0xFF;

    private SqlFailures() {}

    /** The {@link StorageException} for {@code e}, raised on {@code backend}. */
    static StorageException translate(Backend backend, SQLException e) {
        Reason reason = switch (backend) {
            case SQLITE -> sqliteReason(e);
            case POSTGRESQL -> postgresqlReason(e);
        };
        String prefix = switch (reason) {
            case CONSTRAINT -> "constraint violated: ";
            case UNAVAILABLE -> "database unavailable: ";
            case MIGRATION_FAILED, QUERY_FAILED -> "query failed: ";
        };
        return new StorageException(reason, prefix + summary(e, Optional.empty()), e);
    }

    /**
     * A one-line, bounded description of {@code failure}: the message of the first {@link SQLException} in
     * its cause chain (the driver's own words), else of its innermost cause; {@code password} is redacted.
     */
    static String summary(Throwable failure, Optional<String> password) {
        Throwable chosen = innermost(failure);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                chosen = t;
                break;
            }
        }
        return oneLine(chosen, password);
    }

    /** {@code failure}'s own message on one bounded line, {@code password} redacted. */
    static String oneLine(Throwable failure, Optional<String> password) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        String redacted = password.filter(p -> !p.isEmpty()).map(p -> message.replace(p, "***")).orElse(message);
        String oneLine = redacted.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_SUMMARY_CHARS ? oneLine : oneLine.substring(0, MAX_SUMMARY_CHARS) + "…";
    }

    private static Throwable innermost(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static Reason sqliteReason(SQLException e) {
        int code = (e instanceof SQLiteException sqlite ? sqlite.getResultCode().code : e.getErrorCode())
                & SQLITE_PRIMARY_CODE_MASK;
        return switch (code) {
            case SQLITE_CONSTRAINT -> Reason.CONSTRAINT;
            case SQLITE_BUSY, SQLITE_LOCKED, SQLITE_CANTOPEN -> Reason.UNAVAILABLE;
            default -> e instanceof SQLTransientConnectionException ? Reason.UNAVAILABLE : Reason.QUERY_FAILED;
        };
    }

    private static Reason postgresqlReason(SQLException e) {
        String state = sqlState(e);
        if (state.startsWith("23")) {
            return Reason.CONSTRAINT;
        }
        if (state.startsWith("08") || state.equals("53300") || state.startsWith("57P0")
                || e instanceof SQLTransientConnectionException) {
            return Reason.UNAVAILABLE;
        }
        return Reason.QUERY_FAILED;
    }

    /** The first SQLState found on {@code e}, its chained exceptions or its causes; empty if none. */
    private static String sqlState(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException n = s; n != null; n = n.getNextException()) {
                    if (n.getSQLState() != null) {
                        return n.getSQLState();
                    }
                }
            }
        }
        return "";
    }
}
