package dev.citadel.server.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of the storage contract suite: every test class that extends it runs once per
 * {@link StorageBackend}, on SQLite and on a real PostgreSQL, and each test method gets a freshly opened,
 * fully migrated {@link #database} of its own (a new SQLite file in a temp directory; a new
 * {@code CREATE DATABASE} on the JVM's one embedded PostgreSQL, see {@link EmbeddedPostgresServer}).
 *
 * <h2>Adding a store to the suite</h2>
 * <pre>{@code
 * class PasskeyStoreContractTest extends StorageContract {
 *     @Test
 *     void duplicateCredentialIdIsAConstraint() {
 *         var store = new JdbcPasskeyStore(database);
 *         ...
 *         assertThatThrownBy(() -> store.insert(same)).isInstanceOfSatisfying(StorageException.class,
 *                 e -> assertThat(e.reason()).isEqualTo(StorageException.Reason.CONSTRAINT));
 *     }
 * }
 * }</pre>
 * Nothing else to register: the class inherits the two-backend parameterisation. Name it
 * {@code <Store>ContractTest}; it appears in reports as {@code [SQLITE]} and {@code [POSTGRESQL]}.
 *
 * <h2>Rules for contract tests</h2>
 * <ul>
 *   <li>Test behaviour both engines must share; an engine-only property goes in an engine test class
 *       (e.g. {@code SqliteDatabaseTest}) that does not extend this.</li>
 *   <li>Every negative test asserts the {@link StorageException.Reason}, not just the type.</li>
 *   <li>Use {@link #freshSettings()} for a second, untouched database (e.g. migration tests), and
 *       {@link Race} for concurrency.</li>
 *   <li>If embedded PostgreSQL cannot start, the {@code [POSTGRESQL]} half fails: it is never skipped.</li>
 * </ul>
 */
@ParameterizedClass(name = "[{0}]")
@EnumSource(StorageBackend.class)
abstract class StorageContract {

    @Parameter
    StorageBackend backend;

    @TempDir
    Path temporaryDirectory;

    /** The settings {@link #database} was opened with (reopen them to test persistence). */
    DatabaseSettings settings;

    /** This test's own database, migrated; closed after the test. */
    Database database;

    @BeforeEach
    final void openFreshDatabase() {
        settings = backend.freshSettings(temporaryDirectory);
        database = Databases.open(settings);
    }

    @AfterEach
    final void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    /** Settings for another fresh, empty (unmigrated) database on this test's backend. */
    final DatabaseSettings freshSettings() {
        return backend.freshSettings(temporaryDirectory);
    }
}
