package dev.citadel.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.server.RunningServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole server on a real PostgreSQL: ready, migrated, and its admin API writes there. */
class ServerOnPostgresTest {

    @TempDir
    Path dir;

    @Test
    void readyAndServingOnPostgres() throws Exception {
        DatabaseSettings db = EmbeddedPostgresServer.freshDatabase(dir);
        try (RunningServer s = RunningServer.start(dir, Map.of("database.url", db.url().orElseThrow(),
                "database.user", db.user().orElseThrow()))) {
            assertThat(s.server.database().backend()).isEqualTo(Database.Backend.POSTGRESQL);
            HttpResponse<String> ready = s.get("/readyz");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("postgresql reachable");
            HttpResponse<String> created = s.send("POST", "/admin/tokens", "application/json",
                    "{\"name\":\"pg\",\"scopes\":[\"admin:read\"]}", "Authorization", "Bearer " + s.bootstrapToken());
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(new JdbcApiTokenStore(s.server.database()).list()).extracting(t -> t.name()).contains("pg", "bootstrap");
        }
    }
}
