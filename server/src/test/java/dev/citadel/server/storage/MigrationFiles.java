package dev.citadel.server.storage;

import dev.citadel.server.storage.Database.Backend;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A migration directory built by a test: the shipped migrations copied from the classpath, plus or
 * instead of hand-written ones, for {@link Databases#open(DatabaseSettings, String)}.
 */
final class MigrationFiles {

    /** The shipped migrations, in order; extend when a migration ships. */
    static final String[] SHIPPED = {"V1__server_instance_and_api_token.sql", "V2__server_key.sql", "V3__devicecheck.sql",
            "V4__appattest.sql", "V5__passkeys.sql"};
    /** The schema version the shipped migrations reach. */
    static final String LATEST_VERSION = "5";

    private final Path root;
    private final Path folder;

    private MigrationFiles(Path root, Backend backend) {
        this.root = root;
        this.folder = root.resolve(SchemaMigrations.folder(backend));
    }

    /** A directory under {@code parent} holding a copy of the shipped migrations for {@code backend}. */
    static MigrationFiles copyOfShipped(Path parent, Backend backend) throws IOException {
        MigrationFiles files = new MigrationFiles(Files.createTempDirectory(parent, "migrations-"), backend);
        Files.createDirectories(files.folder);
        for (String name : SHIPPED) {
            files.write(name, shipped(backend, name));
        }
        return files;
    }

    /** The SQL of a shipped migration. */
    static String shipped(Backend backend, String name) {
        String resource = "db/migration/" + SchemaMigrations.folder(backend) + "/" + name;
        try (InputStream in = MigrationFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes (or overwrites) migration {@code name}. */
    MigrationFiles write(String name, String sql) throws IOException {
        Files.writeString(folder.resolve(name), sql, StandardCharsets.UTF_8);
        return this;
    }

    /** The Flyway location to pass as migration root. */
    String location() {
        return "filesystem:" + root.toAbsolutePath();
    }
}
