package dev.citadel.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.server.RunningServer;
import dev.citadel.server.StartupException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole server on a real PostgreSQL: ready, migrated, and its admin API writes there. */
class ServerOnPostgresTest {

    private static final String MASTER_KEY = Base64.getEncoder().encodeToString(new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    @TempDir
    Path dir;

    @Test
    void readyAndServingOnPostgres() throws Exception {
        DatabaseSettings db = EmbeddedPostgresServer.freshDatabase(dir);
        try (RunningServer s = RunningServer.start(dir, Map.of("database.url", db.url().orElseThrow(),
                "database.user", db.user().orElseThrow(), "keys.master-key", MASTER_KEY))) {
            assertThat(s.server.database().backend()).isEqualTo(Database.Backend.POSTGRESQL);
            HttpResponse<String> ready = s.get("/readyz");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("postgresql reachable");
            HttpResponse<String> created = s.send("POST", "/admin/tokens", "application/json",
                    "{\"name\":\"pg\",\"scopes\":[\"admin:read\"]}", "Authorization", "Bearer " + s.bootstrapToken());
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(new JdbcApiTokenStore(s.server.database()).list()).extracting(t -> t.name()).contains("pg", "bootstrap");
            assertThat(ready.body()).contains("matches the key store");
            assertThat(s.output).noneMatch(l -> l.contains("Generated a master key"));
        }
        assertThat(dir.resolve("master.key")).doesNotExist();
    }

    @Test
    @DisplayName("on PostgreSQL a missing master key is one clear line: replicas must share a configured key")
    void postgresWithoutAMasterKeyRefusesToStart() {
        DatabaseSettings db = EmbeddedPostgresServer.freshDatabase(dir);
        assertThatThrownBy(() -> RunningServer.start(dir, Map.of("database.url", db.url().orElseThrow(),
                "database.user", db.user().orElseThrow()))).isInstanceOfSatisfying(StartupException.class, e ->
                        assertThat(e.getMessage()).startsWith("no master key: set CITADEL_MASTER_KEY or keys.master-key-file")
                                .doesNotContain("\n"));
        assertThat(dir.resolve("master.key")).doesNotExist();
    }
}
