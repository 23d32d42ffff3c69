package dev.citadel.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.server.storage.Database.MigrationState;
import dev.citadel.server.storage.StorageException.Reason;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Schema migrations on open: applied once, idempotent, all-or-nothing, and refusing foreign histories. */
class MigrationContractTest extends StorageContract {

    private static final String FIRST = MigrationFiles.SHIPPED[0];

    @Test
    void upToDateAfterOpen() {
        MigrationState state = database.migrations();

        assertThat(state.appliedVersion()).isEqualTo(MigrationFiles.LATEST_VERSION);
        assertThat(state.pending()).isZero();
        assertThat(state.upToDate()).isTrue();
    }

    @Test
    @DisplayName("re-opening a migrated database applies nothing and keeps the data")
    void reopenIsIdempotent() {
        new InstanceMetadataStore(database).getOrCreate("kept", () -> "yes");
        database.close();

        try (Database reopened = Databases.open(settings)) {
            assertThat(reopened.migrations()).isEqualTo(new MigrationState(MigrationFiles.LATEST_VERSION, 0));
            assertThat(new InstanceMetadataStore(reopened).get("kept")).contains("yes");
        }
    }

    @Test
    @DisplayName("a failing migration is MIGRATION_FAILED and leaves nothing of itself behind")
    void failedMigrationLeavesNothingHalfApplied() throws Exception {
        DatabaseSettings empty = freshSettings();
        MigrationFiles broken = MigrationFiles.copyOfShipped(temporaryDirectory, backend.backend())
                .write("V900__broken.sql", """
                        CREATE TABLE half_applied (id INTEGER PRIMARY KEY);
                        INSERT INTO half_applied (id) VALUES (1);
                        INSERT INTO no_such_table (id) VALUES (1);
                        """);

        assertThatThrownBy(() -> Databases.open(empty, broken.location())).isInstanceOfSatisfying(
                StorageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MIGRATION_FAILED));

        try (Database reopened = Databases.open(empty)) {
            assertThat(reopened.migrations()).isEqualTo(new MigrationState(MigrationFiles.LATEST_VERSION, 0));
            assertThatThrownBy(() -> reopened.inTransaction(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM half_applied")) {
                    return r.next();
                }
            })).isInstanceOfSatisfying(StorageException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.QUERY_FAILED));
        }
    }

    @Test
    @DisplayName("an applied migration whose file changed (checksum) is refused")
    void changedChecksumIsRefused() throws Exception {
        database.close();
        MigrationFiles edited = MigrationFiles.copyOfShipped(temporaryDirectory, backend.backend())
                .write(FIRST, MigrationFiles.shipped(backend.backend(), FIRST) + "\nCREATE TABLE sneaked_in (id INTEGER);\n");

        assertThatThrownBy(() -> Databases.open(settings, edited.location())).isInstanceOfSatisfying(
                StorageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MIGRATION_FAILED));
    }

    @Test
    @DisplayName("a database migrated by a newer build is refused")
    void databaseNewerThanBuildIsRefused() throws Exception {
        DatabaseSettings empty = freshSettings();
        MigrationFiles newer = MigrationFiles.copyOfShipped(temporaryDirectory, backend.backend())
                .write("V900__from_the_future.sql", "CREATE TABLE from_the_future (id INTEGER PRIMARY KEY);\n");
        try (Database byNewerBuild = Databases.open(empty, newer.location())) {
            assertThat(byNewerBuild.migrations().appliedVersion()).isEqualTo("900");
        }

        assertThatThrownBy(() -> Databases.open(empty)).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.MIGRATION_FAILED));
    }
}
