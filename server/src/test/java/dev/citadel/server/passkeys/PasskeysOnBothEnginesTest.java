package dev.citadel.server.passkeys;

import static dev.citadel.server.passkeys.Browser.assertProblem;
import static dev.citadel.server.passkeys.Browser.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.server.RunningServer;
import dev.citadel.server.storage.Database;
import dev.citadel.server.storage.DatabaseSettings;
import dev.citadel.server.storage.EmbeddedPostgresServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The passkey flows whose outcome depends on storage, through the real server on SQLite and on PostgreSQL. */
@ParameterizedClass(name = "[{0}]")
@EnumSource(Database.Backend.class)
class PasskeysOnBothEnginesTest {

    private static final String MASTER_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Parameter
    Database.Backend backend;

    @TempDir
    Path dir;

    private RunningServer start() {
        Map<String, String> settings = new HashMap<>();
        if (backend == Database.Backend.POSTGRESQL) {
            DatabaseSettings db = EmbeddedPostgresServer.freshDatabase(dir);
            settings.put("database.url", db.url().orElseThrow());
            settings.put("database.user", db.user().orElseThrow());
            settings.put("keys.master-key", MASTER_KEY);
        }
        RunningServer server = RunningServer.start(dir, settings);
        assertThat(server.server.database().backend()).isEqualTo(backend);
        return server;
    }

    @Test
    @DisplayName("sign-up, sign-in, add, rename, revoke, recovery, sign-out")
    void wholeFlow() throws Exception {
        try (RunningServer server = start()) {
            Browser alice = new Browser(server);
            assertThat(alice.signUp("alice").statusCode()).isEqualTo(200);
            assertThat(alice.signIn("alice").statusCode()).isEqualTo(200);
            assertThat(alice.signIn(null).statusCode()).isEqualTo(200);
            assertThat(alice.finishRegistration(alice.post("/passkeys/registration/options", Map.of()), "Key").statusCode()).isEqualTo(200);
            String second = alice.authenticator.credentials().get(1).idBase64Url();
            assertThat(alice.send("PATCH", "/account/passkeys/" + second, Map.of("name", "Security key"), Map.of()).statusCode()).isEqualTo(200);
            assertThat(alice.send("DELETE", "/account/passkeys/" + second, null, Map.of()).statusCode()).isEqualTo(204);
            String code = json(alice.post("/account/recovery-codes", null)).at("/codes/3").asText();
            assertThat(alice.post("/account/sign-out", null).statusCode()).isEqualTo(204);
            Browser lost = new Browser(server);
            assertThat(lost.post("/account/recovery", Map.of("username", "alice", "code", code)).statusCode()).isEqualTo(200);
            assertProblem(new Browser(server).post("/account/recovery", Map.of("username", "alice", "code", code)), 401,
                    "invalid-recovery-code");
            assertThat(json(lost.get("/account/audit")).findValuesAsText("event")).contains("sign-up", "sign-in", "passkey-added",
                    "passkey-renamed", "passkey-revoked", "recovery-codes-generated", "sign-out", "recovery-code-used");
        }
    }

    @Test
    @DisplayName("of concurrent verifies of one ceremony exactly one signs in; the rest are unknown-ceremony")
    void concurrentReplayHasOneWinner() throws Exception {
        try (RunningServer server = start()) {
            Browser alice = new Browser(server);
            assertThat(alice.signUp("alice").statusCode()).isEqualTo(200);
            Map<String, Object> body = alice.signInBody("alice");
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 8; i++) {
                    Browser copy = new Browser(server, alice.authenticator);
                    futures.add(threads.submit(() -> copy.post("/passkeys/authentication/verify", body)));
                }
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                HttpResponse<String> r = f.get();
                statuses.add(r.statusCode());
                if (r.statusCode() != 200) {
                    assertProblem(r, 400, "unknown-ceremony");
                }
            }
            assertThat(statuses).containsOnlyOnce(200);
        }
    }
}
