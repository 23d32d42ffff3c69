package dev.citadel.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite-only properties: the connection settings every pooled connection must carry, and multi-pool writes. */
class SqliteDatabaseTest {

    private static final int WRITERS = 8;
    private static final int INSERTS_PER_WRITER = 50;

    @TempDir
    Path temporaryDirectory;

    private DatabaseSettings settings;
    private Database database;

    @BeforeEach
    void open() {
        settings = new DatabaseSettings(Optional.empty(), Optional.empty(), Optional.empty(), 1, temporaryDirectory);
        database = Databases.open(settings);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    @DisplayName("every pooled connection: WAL, synchronous=NORMAL, foreign keys on, busy timeout")
    void connectionsCarryThePragmas() throws Exception {
        List<List<String>> seen = Race.run(SqlitePool.POOL_SIZE, i -> database.inTransaction(c -> List.of(
                pragma(c, "journal_mode"), pragma(c, "synchronous"), pragma(c, "foreign_keys"),
                pragma(c, "busy_timeout"))));

        assertThat(seen).containsOnly(List.of("wal", "1", "1", Long.toString(SqlitePool.BUSY_TIMEOUT.toMillis())));
    }

    @Test
    @DisplayName("two pools on one file (say, server and CLI) write concurrently; the busy timeout absorbs it")
    void twoPoolsOnOneFileBothWrite() throws Exception {
        try (Database second = Databases.open(settings)) {
            Race.run(WRITERS, writer -> {
                Database via = writer % 2 == 0 ? database : second;
                for (int i = 0; i < INSERTS_PER_WRITER; i++) {
                    new InstanceMetadataStore(via).getOrCreate("w" + writer + "-" + i, () -> "v");
                }
                return null;
            });
        }

        assertThat(new InstanceMetadataStore(database).all()).hasSize(WRITERS * INSERTS_PER_WRITER);
    }

    private static String pragma(java.sql.Connection connection, String name) throws java.sql.SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getString(1);
        }
    }
}
