package dev.citadel.server.storage;

import com.zaxxer.hikari.HikariDataSource;
import dev.citadel.server.storage.Database.Backend;
import dev.citadel.server.storage.StorageException.Reason;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Opens the server's {@link Database}.
 *
 * <p>The URL in {@link DatabaseSettings} chooses the engine:
 * <ul>
 *   <li>none (or blank): SQLite at {@code <dataDirectory>/citadel.db}, creating the directory if missing;</li>
 *   <li>{@code jdbc:sqlite:<file>}: SQLite at that file;</li>
 *   <li>{@code jdbc:postgresql://host:port/database}: PostgreSQL, {@link DatabaseSettings#poolSize()}
 *       connections;</li>
 *   <li>anything else: {@code StorageException(UNAVAILABLE)} naming only the URL scheme.</li>
 * </ul>
 *
 * <p>{@link #open} returns only once the database answered and every pending schema migration is applied.
 * On failure nothing stays open: an unreachable database or unopenable file gives {@code UNAVAILABLE}, a
 * failed or refused migration {@code MIGRATION_FAILED}. Messages never contain the password or the full URL.
 * Stateless and thread-safe; never returns null.
 */
public final class Databases {

    /** The embedded default's file name inside the data directory. */
    public static final String DEFAULT_SQLITE_FILE = SqlitePool.DEFAULT_FILE_NAME;

    /** What a printable URL scheme looks like; anything else is not echoed back. */
    private static final Pattern SCHEME = Pattern.compile("(jdbc:)?[A-Za-z][A-Za-z0-9+.-]{0,31}");

    private Databases() {}

    /** Opens and migrates the database {@code settings} describe. */
    public static Database open(DatabaseSettings settings) {
        return open(settings, SchemaMigrations.CLASSPATH_ROOT);
    }

    /**
     * Opens the database without applying migrations, to look at it ({@code citadel doctor}): reachability
     * and {@link Database#migrations()} (pending migrations are reported, not run). Same failures as
     * {@link #open} for an unreachable database.
     */
    public static Database inspect(DatabaseSettings settings) {
        return open(settings, SchemaMigrations.CLASSPATH_ROOT, false);
    }

    /** As {@link #open(DatabaseSettings)}, with migrations from {@code migrationRoot} (tests use a directory). */
    static Database open(DatabaseSettings settings, String migrationRoot) {
        return open(settings, migrationRoot, true);
    }

    private static Database open(DatabaseSettings settings, String migrationRoot, boolean migrate) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(migrationRoot, "migrationRoot");
        Optional<String> url = settings.url().map(String::strip).filter(u -> !u.isEmpty());
        if (url.isEmpty()) {
            return migrated(Backend.SQLITE, SqlitePool.openDefault(settings.dataDirectory()), migrationRoot, migrate);
        }
        String given = url.get();
        if (given.startsWith(SqlitePool.URL_PREFIX)) {
            return migrated(Backend.SQLITE, SqlitePool.openUrl(given), migrationRoot, migrate);
        }
        if (given.startsWith(PostgresPool.URL_PREFIX)) {
            return migrated(Backend.POSTGRESQL, PostgresPool.open(given, settings), migrationRoot, migrate);
        }
        throw new StorageException(Reason.UNAVAILABLE, "unsupported database URL scheme " + scheme(given)
                + ": use " + SqlitePool.URL_PREFIX + " or " + PostgresPool.URL_PREFIX, null);
    }

    private static Database migrated(Backend backend, HikariDataSource pool, String migrationRoot, boolean migrate) {
        try {
            SchemaMigrations schema = new SchemaMigrations(backend, pool.getDataSource(), migrationRoot);
            if (migrate) {
                schema.migrate();
            }
            return new PooledDatabase(backend, pool, schema);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** {@code jdbc:<sub>:} or {@code <scheme>:} of {@code url}; never more of it (the rest may hold a password). */
    static String scheme(String url) {
        int first = url.indexOf(':');
        int end = url.startsWith("jdbc:") ? url.indexOf(':', first + 1) : first;
        String candidate = end < 0 ? "" : url.substring(0, end);
        return SCHEME.matcher(candidate).matches() ? "'" + candidate + ":'" : "(unrecognised)";
    }
}
