package dev.citadel.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.citadel.server.storage.StorageException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The connection pool for an embedded SQLite file.
 *
 * <p>Every connection runs in WAL journal mode (readers never block the writer), {@code synchronous=NORMAL}
 * (durable across application crashes; a power loss may drop the last transactions but never corrupts the
 * file), with foreign keys enforced, and starts each transaction with {@code BEGIN IMMEDIATE}: a transaction
 * takes the write lock when it begins, so two transactions can never deadlock by both upgrading a read lock,
 * and a writer that finds the lock taken waits up to {@link #BUSY_TIMEOUT} instead of failing.
 *
 * <p>The pool wraps an unpooled {@link SQLiteDataSource} ({@link HikariDataSource#getDataSource()}) with the
 * same settings, which schema migrations use directly.
 *
 * <p>Only file databases are supported: with {@code :memory:} every pooled connection would see its own,
 * empty database.
 */
final class SqlitePool {

    /** URL prefix of the xerial SQLite driver. */
    static final String URL_PREFIX = "jdbc:sqlite:";
    /** File name of the embedded default database inside the data directory. */
    static final String DEFAULT_FILE_NAME = "citadel.db";
    /**
     * How long a transaction waits for another connection's write lock before SQLITE_BUSY. Transactions
     * queue behind each other under {@code BEGIN IMMEDIATE}, so this bounds the queue, not one transaction.
     */
    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);
    /** One writer at a time is all SQLite allows; a few connections let WAL readers run beside it. */
    static final int POOL_SIZE = 4;
    /** How long a caller waits for a free pooled connection. */
    static final Duration POOL_WAIT_TIMEOUT = Duration.ofSeconds(30);

    private static final String POOL_NAME = "citadel-sqlite";

    private SqlitePool() {}

    /** The default database {@code <dataDirectory>/citadel.db}, creating the directory if missing. */
    static HikariDataSource openDefault(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().normalize().resolve(DEFAULT_FILE_NAME);
        createParentDirectory(file);
        return open(URL_PREFIX + file, file.toString());
    }

    /** The database a {@code jdbc:sqlite:} URL names; a plain file path gets its directory created. */
    static HikariDataSource openUrl(String url) {
        String target = url.substring(URL_PREFIX.length());
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        if (path.isBlank() || path.equals(":memory:") || target.contains("mode=memory")) {
            throw new StorageException(Reason.UNAVAILABLE, "in-memory SQLite is not supported: each pooled "
                    + "connection would see its own database; name a file", null);
        }
        if (!path.startsWith("file:")) {
            try {
                createParentDirectory(Path.of(path).toAbsolutePath());
            } catch (InvalidPathException e) {
                throw new StorageException(Reason.UNAVAILABLE, "invalid SQLite file name: " + e.getReason(), e);
            }
        }
        return open(url, path);
    }

    private static HikariDataSource open(String url, String description) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(Math.toIntExact(BUSY_TIMEOUT.toMillis()));
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(sqlite);
        dataSource.setUrl(url);

        HikariConfig pool = new HikariConfig();
        pool.setPoolName(POOL_NAME);
        pool.setDataSource(dataSource);
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setConnectionTimeout(POOL_WAIT_TIMEOUT.toMillis());
        try {
            return new HikariDataSource(pool);
        } catch (RuntimeException e) {
            throw new StorageException(Reason.UNAVAILABLE, "cannot open SQLite database " + description + ": "
                    + SqlFailures.summary(e, Optional.empty()), e);
        }
    }

    private static void createParentDirectory(Path file) {
        Path directory = file.getParent();
        if (directory == null) {
            return;
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StorageException(Reason.UNAVAILABLE, "cannot create database directory " + directory + ": "
                    + SqlFailures.summary(e, Optional.empty()), e);
        }
    }
}
