package dev.citadel.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.server.storage.Database.MigrationState;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL-only properties (on the embedded server; fails, never skips, if it cannot start). */
class PostgresDatabaseTest {

    @TempDir
    Path temporaryDirectory;

    @Test
    @DisplayName("a pool of one connection migrates on open and reports migrations while that connection is busy")
    void poolOfOneConnectionIsEnough() {
        DatabaseSettings fresh = EmbeddedPostgresServer.freshDatabase(temporaryDirectory);
        DatabaseSettings one = new DatabaseSettings(fresh.url(), fresh.user(), fresh.password(), 1, temporaryDirectory);

        try (Database database = Databases.open(one)) {
            MigrationState whileBusy = database.inTransaction(c -> database.migrations());

            assertThat(whileBusy).isEqualTo(new MigrationState(MigrationFiles.LATEST_VERSION, 0));
        }
    }
}
