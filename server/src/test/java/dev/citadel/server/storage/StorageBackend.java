package dev.citadel.server.storage;

import dev.citadel.server.storage.Database.Backend;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The engines the storage suite runs on, each able to hand out settings for a fresh, empty database. */
enum StorageBackend {

    /** A new SQLite file (the embedded default layout) in its own sub-directory of the test's temp dir. */
    SQLITE(Backend.SQLITE) {
        @Override
        DatabaseSettings freshSettings(Path temporaryDirectory) {
            Path dataDirectory = temporaryDirectory.resolve("data-" + SQLITE_FILES.incrementAndGet());
            return new DatabaseSettings(Optional.empty(), Optional.empty(), Optional.empty(), 1, dataDirectory);
        }
    },

    /** A new database ({@code CREATE DATABASE}) on the JVM's one embedded PostgreSQL server. */
    POSTGRESQL(Backend.POSTGRESQL) {
        @Override
        DatabaseSettings freshSettings(Path temporaryDirectory) {
            return EmbeddedPostgresServer.freshDatabase(temporaryDirectory);
        }
    };

    private static final AtomicInteger SQLITE_FILES = new AtomicInteger();

    private final Backend backend;

    StorageBackend(Backend backend) {
        this.backend = backend;
    }

    /** The production enum value this test backend exercises. */
    Backend backend() {
        return backend;
    }

    /** Settings naming a database nobody has opened yet (not migrated). */
    abstract DatabaseSettings freshSettings(Path temporaryDirectory);
}
