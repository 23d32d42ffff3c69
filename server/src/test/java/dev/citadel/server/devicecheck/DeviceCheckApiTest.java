package dev.citadel.server.devicecheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.attest.devicecheck.BitUpdate;
import dev.citadel.attest.devicecheck.DeviceCheckClient;
import dev.citadel.attest.devicecheck.DeviceCheckCredentials;
import dev.citadel.attest.devicecheck.DeviceCheckException;
import dev.citadel.attest.devicecheck.TwoBitsQuery;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SecretAccess;
import dev.citadel.server.RunningServer;
import dev.citadel.server.http.Json;
import dev.citadel.server.keys.KeyPurpose;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DeviceCheck routes over HTTP: admin team keys, token issuance, and Citadel's own client end to end. */
class DeviceCheckApiTest {

    static final String TEAM = "A1B2C3D4E5";
    static final String KEY = "KEY1234567";

    @TempDir
    Path dir;

    static HttpResponse<String> registerKey(RunningServer s, String adminToken, String team, String keyId,
            P256.Signing.PublicKey key) throws Exception {
        String body = Json.writeString(Map.of("keyId", keyId, "publicKey", key.pemRepresentation()));
        HttpResponse<String> r = s.send("POST", "/admin/devicecheck/teams/" + team + "/keys", "application/json", body,
                "Authorization", "Bearer " + adminToken);
        return r;
    }

    static JsonNode issue(RunningServer s, String team) throws Exception {
        HttpResponse<String> r = s.send("POST", "/devicecheck/device-tokens", "application/json", "{\"team_id\":\"" + team + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Json.mapper().readTree(r.body());
    }

    static void assertProblem(HttpResponse<String> r, int status, String slug) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(Json.mapper().readTree(r.body()).path("type").asText()).isEqualTo("urn:citadel:problem:" + slug);
    }

    @Test
    @DisplayName("DeviceCheckClient against the server: issue, update, query, validate, with the team's .p8")
    void citadelClientTalksToCitadelService() throws Exception {
        try (RunningServer s = RunningServer.start(dir); P256.Signing.PrivateKey key = P256.Signing.PrivateKey.generate();
                var credentials = DeviceCheckCredentials.fromP8(TEAM, KEY, key.pemRepresentation(SecretAccess.insecure()))) {
            assertThat(registerKey(s, s.bootstrapToken(), TEAM, KEY, key.publicKey()).statusCode()).isEqualTo(201);
            String token = issue(s, TEAM).path("device_token").asText();
            DeviceCheckClient client = DeviceCheckClient.builder(credentials).baseUrl(s.uri("/devicecheck/v1/")).build();

            assertThat(client.queryTwoBits(token)).isInstanceOf(TwoBitsQuery.NotFound.class);
            client.updateTwoBits(token, BitUpdate.both(true, false));
            client.updateTwoBits(token, BitUpdate.bit1(true));
            assertThat(client.queryTwoBits(token)).isEqualTo(new TwoBitsQuery.Found(true, true, YearMonth.now(ZoneOffset.UTC)));
            assertThat(client.validateDeviceToken(token).transactionId()).isNotEmpty();
            try {
                client.validateDeviceToken(token.substring(1));
                throw new AssertionError("a truncated token validated");
            } catch (DeviceCheckException e) {
                assertThat(e.reason()).isEqualTo(DeviceCheckException.Reason.BAD_DEVICE_TOKEN);
            }
        }
    }

    @Test
    @DisplayName("refusals on the Apple endpoints carry Apple's text and an X-Citadel-Reason header")
    void refusalsNameTheirReason() throws Exception {
        try (RunningServer s = RunningServer.start(dir)) {
            HttpResponse<String> r = s.send("POST", "/devicecheck/v1/query_two_bits", "application/json", "{}",
                    "Authorization", "Bearer not-a-jwt");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).isEqualTo("Missing or badly formatted authorization token");
            assertThat(r.headers().firstValue(DeviceCheckService.REASON_HEADER)).contains("bad-authorization-token");
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));

            HttpResponse<String> unauthorized = s.send("POST", "/devicecheck/v1/update_two_bits", "application/json",
                    "x".repeat(DeviceCheckService.MAX_COMPATIBLE_BODY_BYTES + 1));
            assertThat(unauthorized.statusCode()).as("authorization is checked before the body is read").isEqualTo(400);
            assertThat(unauthorized.headers().firstValue(DeviceCheckService.REASON_HEADER)).contains("bad-authorization-token");
        }
    }

    @Test
    @DisplayName("over-limit bodies from an authenticated team are 413 problems (not Apple's protocol)")
    void oversizedBodyIs413() throws Exception {
        try (RunningServer s = RunningServer.start(dir); P256.Signing.PrivateKey key = P256.Signing.PrivateKey.generate();
                var credentials = DeviceCheckCredentials.fromP8(TEAM, KEY, key.pemRepresentation(SecretAccess.insecure()))) {
            registerKey(s, s.bootstrapToken(), TEAM, KEY, key.publicKey());
            HttpResponse<String> r = s.send("POST", "/devicecheck/v1/update_two_bits", "application/json",
                    "x".repeat(DeviceCheckService.MAX_COMPATIBLE_BODY_BYTES + 1),
                    "Authorization", "Bearer " + credentials.authorizationToken(Instant.now()));
            assertProblem(r, 413, "payload-too-large");
        }
    }

    @Test
    @DisplayName("registering needs admin:devicecheck, listing admin:read; duplicates 409, bad keys 422")
    void teamKeyAdministration() throws Exception {
        try (RunningServer s = RunningServer.start(dir)) {
            P256.Signing.PublicKey key = P256.Signing.PrivateKey.generate().publicKey();
            assertProblem(registerKey(s, "citadel_0000000000000000_" + "A".repeat(43), TEAM, KEY, key), 401, "unauthorized");
            String reader = createToken(s, "admin:read");
            assertProblem(registerKey(s, reader, TEAM, KEY, key), 403, "forbidden");

            HttpResponse<String> created = registerKey(s, s.bootstrapToken(), TEAM, KEY, key);
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(Json.mapper().readTree(created.body()).path("publicKey").asText()).isEqualTo(key.pemRepresentation());
            HttpResponse<String> again = registerKey(s, s.bootstrapToken(), TEAM, KEY, P256.Signing.PrivateKey.generate().publicKey());
            assertProblem(again, 409, "conflict");
            assertThat(Json.mapper().readTree(again.body()).path("reason").asText()).isEqualTo("key-already-registered");

            HttpResponse<String> badKey = s.send("POST", "/admin/devicecheck/teams/" + TEAM + "/keys", "application/json",
                    "{\"keyId\":\"KEY7654321\",\"publicKey\":\"nope\"}", "Authorization", "Bearer " + s.bootstrapToken());
            assertProblem(badKey, 422, "validation-failed");
            assertThat(Json.mapper().readTree(badKey.body()).path("reason").asText()).isEqualTo("invalid-key");
            assertProblem(registerKey(s, s.bootstrapToken(), "bad", KEY, key), 422, "validation-failed");

            HttpResponse<String> list = s.get("/admin/devicecheck/teams/" + TEAM + "/keys", "Authorization", "Bearer " + reader);
            assertThat(Json.mapper().readTree(list.body()).path("keys")).hasSize(1);

            assertThat(s.send("DELETE", "/admin/devicecheck/teams/" + TEAM + "/keys/" + KEY, null, null,
                    "Authorization", "Bearer " + s.bootstrapToken()).statusCode()).isEqualTo(204);
            assertProblem(s.send("DELETE", "/admin/devicecheck/teams/" + TEAM + "/keys/" + KEY, null, null,
                    "Authorization", "Bearer " + s.bootstrapToken()), 404, "not-found");
        }
    }

    @Test
    @DisplayName("tokens: unknown team 404, renewal keeps the instance, a foreign previous token 422")
    void deviceTokenIssuance() throws Exception {
        try (RunningServer s = RunningServer.start(dir)) {
            HttpResponse<String> unknown = s.send("POST", "/devicecheck/device-tokens", "application/json", "{\"team_id\":\"" + TEAM + "\"}");
            assertProblem(unknown, 404, "not-found");
            assertThat(Json.mapper().readTree(unknown.body()).path("reason").asText()).isEqualTo("unknown-team");

            registerKey(s, s.bootstrapToken(), TEAM, KEY, P256.Signing.PrivateKey.generate().publicKey());
            registerKey(s, s.bootstrapToken(), "Z9Y8X7W6V5", KEY, P256.Signing.PrivateKey.generate().publicKey());
            JsonNode first = issue(s, TEAM);
            assertThat(first.path("device_token").asText()).hasSize(144);
            HttpResponse<String> renewed = s.send("POST", "/devicecheck/device-tokens", "application/json",
                    "{\"team_id\":\"" + TEAM + "\",\"device_token\":\"" + first.path("device_token").asText() + "\"}");
            assertThat(renewed.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(Json.mapper().readTree(renewed.body()).path("instance_id").asText()).isEqualTo(first.path("instance_id").asText());

            String theirs = issue(s, "Z9Y8X7W6V5").path("device_token").asText();
            HttpResponse<String> foreign = s.send("POST", "/devicecheck/device-tokens", "application/json",
                    "{\"team_id\":\"" + TEAM + "\",\"device_token\":\"" + theirs + "\"}");
            assertProblem(foreign, 422, "validation-failed");
            assertThat(Json.mapper().readTree(foreign.body()).path("reason").asText()).isEqualTo("bad-device-token");
            assertProblem(s.send("POST", "/devicecheck/device-tokens", "application/json", "{\"team\":\"x\"}"), 400, "invalid-json");
        }
    }

    @Test
    @DisplayName("device tokens are signed by the key ring's device-token key and survive its rotation")
    void tokensFollowTheKeyRing() throws Exception {
        try (RunningServer s = RunningServer.start(dir); P256.Signing.PrivateKey key = P256.Signing.PrivateKey.generate();
                var credentials = DeviceCheckCredentials.fromP8(TEAM, KEY, key.pemRepresentation(SecretAccess.insecure()))) {
            registerKey(s, s.bootstrapToken(), TEAM, KEY, key.publicKey());
            String token = issue(s, TEAM).path("device_token").asText();
            String activeBefore = s.server.keys().active(KeyPurpose.DEVICE_TOKEN).id();
            s.server.keys().rotate(KeyPurpose.DEVICE_TOKEN);
            assertThat(s.server.keys().active(KeyPurpose.DEVICE_TOKEN).id()).isNotEqualTo(activeBefore);

            DeviceCheckClient client = DeviceCheckClient.builder(credentials).baseUrl(URI.create(s.uri("/devicecheck/v1/").toString())).build();
            client.validateDeviceToken(token); // signed by the now verify-only key
            client.validateDeviceToken(issue(s, TEAM).path("device_token").asText()); // signed by the new key
        }
    }

    private static String createToken(RunningServer s, String scope) throws Exception {
        HttpResponse<String> r = s.send("POST", "/admin/tokens", "application/json",
                "{\"name\":\"t\",\"scopes\":[\"" + scope + "\"]}", "Authorization", "Bearer " + s.bootstrapToken());
        return Json.mapper().readTree(r.body()).path("token").asText();
    }
}
