package dev.citadel.server.storage;

import dev.citadel.server.storage.Database.Backend;
import dev.citadel.server.storage.Database.MigrationState;
import dev.citadel.server.storage.StorageException.Reason;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Versioned schema migrations, applied by Flyway from {@code db/migration/sqlite/} or
 * {@code db/migration/postgresql/} on the classpath ({@code V<n>__<what>.sql}, one set per engine, kept in
 * step by hand). Flyway records each applied migration with its checksum in {@code flyway_schema_history}.
 *
 * <p>Guarantees, on both engines:
 * <ul>
 *   <li>Each migration runs in its own transaction (both engines have transactional DDL), so a failing one
 *       leaves nothing behind and is not recorded; the migrations before it stay applied.</li>
 *   <li>An applied migration whose file has changed (checksum mismatch), or a database migrated by a newer
 *       build (an applied version this build does not know), is refused with {@code MIGRATION_FAILED}: no
 *       migration patterns are ignored.</li>
 *   <li>On PostgreSQL, Flyway takes an advisory lock, so replicas starting together migrate once.</li>
 * </ul>
 * Thread-safe: the Flyway instance holds configuration only.
 */
final class SchemaMigrations {

    /** Where the shipped migrations live; each engine has a sub-directory named by {@link #folder}. */
    static final String CLASSPATH_ROOT = "classpath:db/migration";
    /** Reported as the applied version of a database with no migration applied. */
    static final String NO_VERSION = "0";

    private final Flyway flyway;

    /**
     * Migrations from {@code root/<engine>} ({@code root} is a Flyway location such as {@link #CLASSPATH_ROOT}),
     * run on {@code dataSource}: an unpooled source, so Flyway's connections never compete with the pool's.
     */
    SchemaMigrations(Backend backend, DataSource dataSource, String root) {
        this.flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(root + "/" + folder(backend))
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .ignoreMigrationPatterns(new String[0]) // none: future (newer build) and missing migrations fail
                .cleanDisabled(true)
                .load();
    }

    /** The migration directory name for {@code backend}: {@code sqlite} or {@code postgresql}. */
    static String folder(Backend backend) {
        return backend.name().toLowerCase(Locale.ROOT);
    }

    /** Validates applied migrations, then applies the pending ones. */
    void migrate() {
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StorageException(Reason.MIGRATION_FAILED, "schema migration failed: "
                    + SqlFailures.oneLine(e, Optional.empty()), e);
        }
    }

    /** The latest applied version and how many migrations are pending. */
    MigrationState state() {
        try {
            MigrationInfoService info = flyway.info();
            MigrationInfo current = info.current();
            String version = current == null || current.getVersion() == null
                    ? NO_VERSION : current.getVersion().getVersion();
            return new MigrationState(version, info.pending().length);
        } catch (FlywayException e) {
            throw new StorageException(Reason.UNAVAILABLE, "cannot read schema history: "
                    + SqlFailures.oneLine(e, Optional.empty()), e);
        }
    }
}
