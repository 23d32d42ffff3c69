package dev.citadel.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.server.storage.Database.Backend;
import dev.citadel.server.storage.StorageException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Databases#open}: choosing the engine from the URL, and failing to open with the right reason. */
class DatabasesTest {

    private static final String PASSWORD = "correct-horse-battery-staple";
    /** "Within a few seconds": the connect timeout plus slack for a slow machine. */
    private static final Duration FAIL_FAST_BOUND = PostgresPool.CONNECT_TIMEOUT.plusSeconds(3);

    @TempDir
    Path temporaryDirectory;

    private final LogCapture log = new LogCapture();

    @BeforeEach
    void captureLogs() {
        log.start();
    }

    @AfterEach
    void stopCapturingLogs() {
        log.stop();
    }

    @Nested
    class ChoosingTheEngine {

        @Test
        @DisplayName("no URL: SQLite at <dataDirectory>/citadel.db, directory created")
        void noUrlIsEmbeddedSqliteInTheDataDirectory() {
            Path dataDirectory = temporaryDirectory.resolve("not/yet/there");

            try (Database database = Databases.open(settings(Optional.empty(), Optional.empty(), dataDirectory))) {
                assertThat(database.backend()).isEqualTo(Backend.SQLITE);
                assertThat(dataDirectory.resolve(Databases.DEFAULT_SQLITE_FILE)).isRegularFile();
            }
        }

        @Test
        void blankUrlIsTheEmbeddedDefault() {
            try (Database database = Databases.open(settings(Optional.of("  "), Optional.empty(), temporaryDirectory))) {
                assertThat(database.backend()).isEqualTo(Backend.SQLITE);
                assertThat(temporaryDirectory.resolve(Databases.DEFAULT_SQLITE_FILE)).isRegularFile();
            }
        }

        @Test
        void sqliteUrlNamesAnotherFile() {
            Path file = temporaryDirectory.resolve("elsewhere/other.db");

            try (Database database = Databases.open(settings(Optional.of("jdbc:sqlite:" + file), Optional.empty(),
                    temporaryDirectory.resolve("unused")))) {
                assertThat(database.backend()).isEqualTo(Backend.SQLITE);
                assertThat(database.migrations().upToDate()).isTrue();
                assertThat(file).isRegularFile();
            }
        }
    }

    @Nested
    class Refusing {

        @Test
        @DisplayName("an unsupported scheme is UNAVAILABLE and the message names the scheme, never the rest")
        void unsupportedSchemeNamesOnlyTheScheme() {
            assertThatThrownBy(() -> Databases.open(settings(Optional.of("jdbc:mysql://root:" + PASSWORD + "@db/citadel"),
                    Optional.empty(), temporaryDirectory))).isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
                        assertThat(e.getMessage()).contains("'jdbc:mysql:'").doesNotContain(PASSWORD).doesNotContain("root");
                    });
            assertThatThrownBy(() -> Databases.open(settings(Optional.of("postgres://root:" + PASSWORD + "@db"),
                    Optional.empty(), temporaryDirectory))).isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
                        assertThat(e.getMessage()).contains("'postgres:'").doesNotContain(PASSWORD);
                    });
        }

        @Test
        void inMemorySqliteIsRefused() {
            assertThatThrownBy(() -> Databases.open(settings(Optional.of("jdbc:sqlite::memory:"), Optional.empty(),
                    temporaryDirectory))).isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
        }

        @Test
        void dataDirectoryThatIsAFileIsUnavailable() throws Exception {
            Path notADirectory = Files.writeString(temporaryDirectory.resolve("plain-file"), "x");

            assertThatThrownBy(() -> Databases.open(settings(Optional.empty(), Optional.empty(),
                    notADirectory.resolve("data")))).isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
        }

        @Test
        @DisplayName("unreachable PostgreSQL: UNAVAILABLE within seconds, names host:port, never the password")
        void unreachablePostgresFailsFastWithoutThePassword() {
            long start = System.nanoTime();

            assertThatThrownBy(() -> Databases.open(settings(Optional.of("jdbc:postgresql://127.0.0.1:1/citadel"),
                    Optional.of(PASSWORD), temporaryDirectory))).isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
                        assertThat(e.getMessage()).startsWith("database unreachable: 127.0.0.1:1: ")
                                .doesNotContain(PASSWORD);
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAIL_FAST_BOUND);
            assertThat(log.text()).doesNotContain(PASSWORD);
        }

        @Test
        void passwordInThePostgresUrlIsNotShownEither() {
            String url = "jdbc:postgresql://127.0.0.1:1/citadel?user=citadel&password=" + PASSWORD;

            assertThatThrownBy(() -> Databases.open(settings(Optional.of(url), Optional.empty(), temporaryDirectory)))
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
                        assertThat(e.getMessage()).contains("127.0.0.1:1").doesNotContain(PASSWORD);
                    });
            assertThat(log.text()).doesNotContain(PASSWORD);
        }

        @ParameterizedTest
        @ValueSource(strings = {"jdbc:postgresql://db.example:5432?password=" + PASSWORD,
                "jdbc:postgresql://citadel:" + PASSWORD + "@db.example/citadel",
                "jdbc:postgresql://db.example/citadel?password=" + PASSWORD + "%zz"})
        @DisplayName("a malformed PostgreSQL URL is UNAVAILABLE and neither shown nor logged")
        void malformedPostgresUrlIsNeitherShownNorLogged(String url) {
            assertThatThrownBy(() -> Databases.open(settings(Optional.of(url), Optional.empty(), temporaryDirectory)))
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
                        assertThat(e.getMessage()).startsWith("malformed PostgreSQL URL").doesNotContain(PASSWORD);
                    });
            assertThat(log.text()).doesNotContain(PASSWORD);
        }
    }

    private static DatabaseSettings settings(Optional<String> url, Optional<String> password, Path dataDirectory) {
        return new DatabaseSettings(url, Optional.of("citadel"), password, 2, dataDirectory);
    }
}
