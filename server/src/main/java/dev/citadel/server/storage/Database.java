package dev.citadel.server.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The server's one database: SQLite (embedded default, a file in the data directory, WAL mode) or
 * PostgreSQL (HikariCP pool). Opening it applies pending schema migrations; a store never creates tables.
 *
 * <p>Contract for every implementation:
 * <ul>
 *   <li>{@link #inTransaction} runs {@code work} in one transaction: commit when it returns, roll back when
 *       it throws (the exception propagates unchanged when it is unchecked; {@link SQLException}s are
 *       wrapped in {@link StorageException}). Nothing is ever partially written.</li>
 *   <li>Thread-safe; callers may run transactions from many (virtual) threads at once. On SQLite writers
 *       are serialised by the database ({@code BEGIN IMMEDIATE}, busy timeout), never by failing.</li>
 *   <li>Connections are never handed out beyond the lambda.</li>
 * </ul>
 */
public interface Database extends AutoCloseable {

    /** Which engine this is. */
    Backend backend();

    /** Runs {@code work} inside one transaction. */
    <T> T inTransaction(TransactionWork<T> work);

    /** Throws {@link StorageException} with reason {@code UNAVAILABLE} if the database does not answer. */
    void ping();

    /** Schema state: applied version and whether migrations are pending. */
    MigrationState migrations();

    /** Closes the pool; in-flight transactions finish first. Idempotent. */
    @Override
    void close();

    /** The engines Citadel runs on. */
    enum Backend { SQLITE, POSTGRESQL }

    /** A unit of work on one connection inside a transaction. */
    @FunctionalInterface
    interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Result of the migration check. */
    record MigrationState(String appliedVersion, int pending) {
        public boolean upToDate() {
            return pending == 0;
        }
    }
}
