package dev.citadel.server.storage;

import com.zaxxer.hikari.HikariDataSource;
import dev.citadel.server.storage.StorageException.Reason;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link Database} over a HikariCP pool, the same code for both engines; {@link Databases} builds it.
 *
 * <p>A transaction is: take a pooled connection, switch auto-commit off (on SQLite this issues
 * {@code BEGIN IMMEDIATE} and waits for the write lock), run the work, then switch auto-commit back on, which
 * commits (JDBC {@link Connection#setAutoCommit}). Committing that way rather than with
 * {@link Connection#commit()} matters on SQLite: the xerial driver follows {@code commit()} with a fresh
 * {@code BEGIN IMMEDIATE}, which would take the write lock again for nothing. If the work throws, the
 * transaction is rolled back and the exception propagates. If a transaction cannot be ended cleanly the
 * physical connection is evicted from the pool (closing it rolls back whatever is open), so a pooled
 * connection never carries a half-finished transaction to the next caller.
 *
 * <p>Work must not call {@link #inTransaction} again: the inner call takes a second connection, and on SQLite
 * it waits for the outer transaction's write lock until the busy timeout expires.
 *
 * <p>Isolation is the engine's default: READ COMMITTED on PostgreSQL, serialisable on SQLite (one writer at a
 * time). Stores must therefore make each write correct under READ COMMITTED (conditional {@code UPDATE}s,
 * {@code INSERT … ON CONFLICT}). Thread-safe.
 */
final class PooledDatabase implements Database {

    /** Bound on a {@link #ping()} query once a connection is in hand. */
    static final int PING_TIMEOUT_SECONDS = 5;

    private final Backend backend;
    private final HikariDataSource pool;
    private final SchemaMigrations schema;
    private final AtomicBoolean closed = new AtomicBoolean();

    PooledDatabase(Backend backend, HikariDataSource pool, SchemaMigrations schema) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.pool = Objects.requireNonNull(pool, "pool");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    @Override
    public Backend backend() {
        return backend;
    }

    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        Objects.requireNonNull(work, "work");
        requireOpen();
        try (Connection connection = pool.getConnection()) {
            return runInTransaction(connection, work);
        } catch (SQLException e) {
            throw SqlFailures.translate(backend, e);
        }
    }

    private <T> T runInTransaction(Connection connection, TransactionWork<T> work) throws SQLException {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException | RuntimeException e) {
            // xerial flips its auto-commit flag before BEGIN; if BEGIN failed (busy timeout) the flag and the
            // session disagree, and the next borrower would run without a transaction.
            pool.evictConnection(connection);
            throw e;
        }
        T result;
        try {
            result = work.run(connection);
        } catch (Throwable failure) {
            rollback(connection, failure);
            throw failure;
        }
        try {
            connection.setAutoCommit(true); // commits; see the class comment for why not commit()
        } catch (SQLException | RuntimeException e) {
            pool.evictConnection(connection);
            throw e;
        }
        return result;
    }

    private void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
            pool.evictConnection(connection);
        }
    }

    @Override
    public void ping() {
        requireOpen();
        String query = switch (backend) {
            case SQLITE -> "SELECT count(*) FROM sqlite_master"; // reads the file, not just the connection
            case POSTGRESQL -> "SELECT 1";
        };
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(PING_TIMEOUT_SECONDS);
            try (ResultSet rows = statement.executeQuery(query)) {
                rows.next();
            }
        } catch (SQLException e) {
            throw new StorageException(Reason.UNAVAILABLE, "database did not answer: "
                    + SqlFailures.summary(e, Optional.empty()), e);
        }
    }

    @Override
    public MigrationState migrations() {
        requireOpen();
        return schema.state();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            pool.close();
        }
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new StorageException(Reason.UNAVAILABLE, "database is closed", null);
        }
    }

    @Override
    public String toString() {
        return "PooledDatabase[" + backend + (closed.get() ? ", closed]" : "]");
    }
}
