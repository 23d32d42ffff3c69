package dev.citadel.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.server.RunningServer;
import dev.citadel.server.http.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin API over HTTP: every refusal names its reason; tokens work exactly as scoped. */
class AdminApiTest {

    @TempDir
    Path dir;

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static void assertProblem(HttpResponse<String> r, int status, String slug) throws Exception {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(Json.mapper().readTree(r.body()).path("type").asText()).isEqualTo("urn:citadel:problem:" + slug);
    }

    private static HttpResponse<String> create(RunningServer s, String token, String body) throws Exception {
        return s.send("POST", "/admin/tokens", "application/json", body, "Authorization", bearer(token));
    }

    @Test
    void bootstrapTokenIsPrintedOnceAndNeverAgain() throws Exception {
        String token;
        try (RunningServer first = RunningServer.start(dir)) {
            token = first.bootstrapToken();
            assertThat(token).matches("citadel_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        }
        try (RunningServer second = RunningServer.start(dir)) {
            assertThat(second.output).noneMatch(l -> l.startsWith("Bootstrap admin token"));
            assertThat(second.get("/admin/tokens", "Authorization", bearer(token)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void createListRevokeAndTheRevokedTokenStopsWorking() throws Exception {
        try (RunningServer s = RunningServer.start(dir)) {
            String admin = s.bootstrapToken();
            HttpResponse<String> created = create(s, admin, "{\"name\":\"ci reader\",\"scopes\":[\"admin:read\"]}");
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.headers().firstValue("Cache-Control")).contains("no-store");
            JsonNode body = Json.mapper().readTree(created.body());
            String reader = body.path("token").asText();
            String id = body.path("id").asText();
            assertThat(reader).startsWith("citadel_" + id + "_");

            HttpResponse<String> list = s.get("/admin/tokens", "Authorization", bearer(reader));
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.body()).contains("ci reader").doesNotContain(reader.substring(reader.lastIndexOf('_') + 1));
            assertThat(Json.mapper().readTree(list.body()).path("tokens").get(0).path("id").asText()).isEqualTo(id);

            assertThat(s.send("DELETE", "/admin/tokens/" + id, null, null, "Authorization", bearer(admin)).statusCode())
                    .isEqualTo(204);
            HttpResponse<String> after = s.get("/admin/tokens", "Authorization", bearer(reader));
            assertProblem(after, 401, "unauthorized");
            assertThat(after.headers().firstValue("WWW-Authenticate").orElse("")).contains("error=\"invalid_token\"");
            assertProblem(s.send("DELETE", "/admin/tokens/" + id, null, null, "Authorization", bearer(admin)), 404, "not-found");
        }
    }

    @Test
    void missingMalformedAndForgedTokensAre401() throws Exception {
        try (RunningServer s = RunningServer.start(dir)) {
            String admin = s.bootstrapToken();
            HttpResponse<String> none = s.get("/admin/tokens");
            assertProblem(none, 401, "unauthorized");
            assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"citadel-admin\"");
            assertProblem(s.get("/admin/tokens", "Authorization", "Basic YWRtaW46YWRtaW4="), 401, "unauthorized");
            assertProblem(s.get("/admin/tokens", "Authorization", bearer("citadel_nothex")), 401, "unauthorized");
            // Right id, forged secret: the attacker wins if only the id were checked.
            String forged = admin.substring(0, admin.lastIndexOf('_') + 1) + "A".repeat(43);
            assertProblem(s.get("/admin/tokens", "Authorization", bearer(forged)), 401, "unauthorized");
            // Unknown id with a well-formed secret.
            String unknown = "citadel_0000000000000000_" + admin.substring(admin.lastIndexOf('_') + 1);
            assertProblem(s.get("/admin/tokens", "Authorization", bearer(unknown)), 401, "unauthorized");
        }
    }

    @Test
    void readScopeCannotCreateTokens() throws Exception {
        try (RunningServer s = RunningServer.start(dir)) {
            String reader = Json.mapper().readTree(create(s, s.bootstrapToken(),
                    "{\"name\":\"r\",\"scopes\":[\"admin:read\"]}").body()).path("token").asText();
            HttpResponse<String> r = create(s, reader, "{\"name\":\"escalate\",\"scopes\":[\"admin:tokens\"]}");
            assertProblem(r, 403, "forbidden");
            assertThat(r.headers().firstValue("WWW-Authenticate").orElse("")).contains("insufficient_scope");
            assertThat(s.get("/admin/tokens", "Authorization", bearer(s.bootstrapToken())).body()).doesNotContain("escalate");
        }
    }

    @Test
    void badBodiesGetTypedProblemsAndCreateNothing() throws Exception {
        try (RunningServer s = RunningServer.start(dir)) {
            String admin = s.bootstrapToken();
            assertProblem(s.send("POST", "/admin/tokens", "text/plain", "{}", "Authorization", bearer(admin)), 415,
                    "unsupported-media-type");
            assertProblem(create(s, admin, "{\"name\":"), 400, "invalid-json");
            assertProblem(create(s, admin, "{\"name\":\"a\",\"scopes\":[\"admin:read\"],\"admin\":true}"), 400, "invalid-json");
            assertProblem(create(s, admin, "{\"name\":\"a\",\"name\":\"b\",\"scopes\":[\"admin:read\"]}"), 400, "invalid-json");
            assertProblem(create(s, admin, "{\"name\":\"a\",\"scopes\":[\"admin:read\"]} trailing"), 400, "invalid-json");
            assertProblem(create(s, admin, "{\"name\":\"a\",\"scopes\":[\"root\"]}"), 422, "validation-failed");
            assertProblem(create(s, admin, "{\"name\":\"a\",\"scopes\":[]}"), 422, "validation-failed");
            assertProblem(create(s, admin, "{\"name\":\"\",\"scopes\":[\"admin:read\"]}"), 422, "validation-failed");
            assertProblem(create(s, admin, "{\"name\":\"<script>\",\"scopes\":[\"admin:read\"]}"), 422, "validation-failed");
            String big = "{\"name\":\"" + "a".repeat(AdminService.MAX_CREATE_TOKEN_BODY_BYTES) + "\",\"scopes\":[\"admin:read\"]}";
            assertProblem(create(s, admin, big), 413, "payload-too-large");
            JsonNode tokens = Json.mapper().readTree(s.get("/admin/tokens", "Authorization", bearer(admin)).body()).path("tokens");
            assertThat(tokens).hasSize(1); // only the bootstrap token: no partial writes
        }
    }

    @Test
    void instanceMetadataNeedsReadScope() throws Exception {
        try (RunningServer s = RunningServer.start(dir)) {
            assertProblem(s.get("/admin/instance"), 401, "unauthorized");
            HttpResponse<String> r = s.get("/admin/instance", "Authorization", bearer(s.bootstrapToken()));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Json.mapper().readTree(r.body()).path("instance.id").asText()).hasSize(36);
        }
    }

    @Test
    void keysAreListedAsMetadataAndRotatedOnlyWithTheKeysScope() throws Exception {
        try (RunningServer s = RunningServer.start(dir)) {
            String admin = s.bootstrapToken();
            String firstId = s.server.keys().active(dev.citadel.server.keys.KeyPurpose.COOKIE_MAC).id();
            String reader = Json.mapper().readTree(create(s, admin, "{\"name\":\"r\",\"scopes\":[\"admin:read\"]}").body())
                    .path("token").asText();

            HttpResponse<String> listed = s.get("/admin/keys", "Authorization", bearer(reader));
            assertThat(listed.statusCode()).isEqualTo(200);
            JsonNode key = Json.mapper().readTree(listed.body()).path("keys").get(0);
            assertThat(key.path("id").asText()).isEqualTo(firstId);
            assertThat(key.path("purpose").asText()).isEqualTo("cookie-mac");
            assertThat(key.path("state").asText()).isEqualTo("active");
            assertThat(key.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("id", "purpose",
                    "algorithm", "state", "createdAt", "activatedAt", "retireAfter", "retiredAt");

            assertProblem(s.send("POST", "/admin/keys/cookie-mac/rotate", null, null, "Authorization", bearer(reader)),
                    403, "forbidden");
            assertProblem(s.send("POST", "/admin/keys/no-such/rotate", null, null, "Authorization", bearer(admin)),
                    404, "not-found");
            HttpResponse<String> rotated = s.send("POST", "/admin/keys/cookie-mac/rotate", null, null,
                    "Authorization", bearer(admin));
            assertThat(rotated.statusCode()).isEqualTo(201);
            String newId = Json.mapper().readTree(rotated.body()).path("id").asText();
            assertThat(newId).isNotEqualTo(firstId);

            JsonNode after = Json.mapper().readTree(s.get("/admin/keys", "Authorization", bearer(reader)).body()).path("keys");
            assertThat(after).hasSize(2);
            assertThat(after.findValuesAsText("state")).containsExactlyInAnyOrder("active", "verify-only");
        }
    }
}
