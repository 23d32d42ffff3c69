package dev.citadel.server.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.citadel.server.RunningServer;
import dev.citadel.server.http.Json;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passwords API over HTTP: generation, rules, checks, the well-known URL, and what never leaks. */
class PasswordsApiTest {

    @TempDir
    Path dir;

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    static HttpResponse<String> post(RunningServer s, String path, String body) throws Exception {
        return s.send("POST", path, "application/json", body);
    }

    static void assertProblem(HttpResponse<String> r, int status, String slug) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(r).path("type").asText()).isEqualTo("urn:citadel:problem:" + slug);
    }

    @Test
    void generatesAppleFormatByDefaultAndHonoursRules() throws Exception {
        try (RunningServer s = RunningServer.start(dir)) {
            HttpResponse<String> apple = post(s, "/passwords/generate", "{}");
            assertThat(apple.statusCode()).isEqualTo(200);
            assertThat(apple.headers().firstValue("Cache-Control")).contains("no-store");
            JsonNode a = json(apple);
            assertThat(a.path("password").asText()).matches("[a-zA-Z0-9]{6}-[a-zA-Z0-9]{6}-[a-zA-Z0-9]{6}");
            assertThat(a.path("format").asText()).isEqualTo("apple");
            assertThat(a.path("entropyBits").asDouble()).isBetween(71.0, 73.0);

            JsonNode r = json(post(s, "/passwords/generate", "{\"rules\":\"minlength: 8; maxlength: 12; required: digit; allowed: lower;\"}"));
            assertThat(r.path("format").asText()).isEqualTo("rules");
            assertThat(r.path("password").asText()).matches("(?=.*[0-9])[a-z0-9]{8,12}");
            assertThat(r.path("rules").asText()).isEqualTo("required: digit; allowed: lower, digit; minlength: 8; maxlength: 12;");

            String password = a.path("password").asText();
            assertThat(s.output).noneMatch(line -> line.contains(password) || line.contains(r.path("password").asText()));
        }
    }

    @Test
    void malformedAndUnsatisfiableRulesAre422WithTheirReason() throws Exception {
        try (RunningServer s = RunningServer.start(dir)) {
            HttpResponse<String> bad = post(s, "/passwords/generate", "{\"rules\":\"required: [abc\"}");
            assertProblem(bad, 422, "validation-failed");
            assertThat(json(bad).path("reason").asText()).isEqualTo("unbalanced-brackets");
            assertThat(json(bad).path("position").asInt()).isEqualTo(10);

            HttpResponse<String> impossible = post(s, "/passwords/generate",
                    "{\"rules\":\"required: [a]; required: [b]; required: [c]; maxlength: 2\"}");
            assertProblem(impossible, 422, "validation-failed");
            assertThat(json(impossible).path("reason").asText()).isEqualTo("required-classes-exceed-max-length");

            assertProblem(post(s, "/passwords/generate", "{\"rules\":\"maxlength: 12\",\"apple\":true}"), 422, "validation-failed");

            JsonNode parsed = json(post(s, "/passwords/rules/parse", "{\"rules\":\"required: upper; allowed: [a§]\"}"));
            assertThat(parsed.path("canonical").asText()).isEqualTo("required: upper; allowed: upper, [a];");
            assertThat(parsed.path("warnings").get(0).path("kind").asText()).isEqualTo("character-ignored");
        }
    }

    @Test
    void checkReportsSp80063bFindingsAndNeverLogsThePassword() throws Exception {
        try (RunningServer s = RunningServer.start(dir)) {
            HttpResponse<String> weak = post(s, "/passwords/check", "{\"password\":\"Password1\",\"contextWords\":[\"alice\"]}");
            assertThat(weak.statusCode()).isEqualTo(200);
            assertThat(weak.headers().firstValue("Cache-Control")).contains("no-store");
            JsonNode w = json(weak);
            assertThat(w.path("acceptable").asBoolean()).isFalse();
            List<String> codes = w.path("findings").findValuesAsText("code");
            assertThat(codes).contains("too-short", "easily-guessed");
            assertThat(w.path("breach").path("status").asText()).isEqualTo("not-checked");

            JsonNode strong = json(post(s, "/passwords/check", "{\"password\":\"zaxnu9-dychar-rUjnym\",\"use\":\"multi-factor\"}"));
            assertThat(strong.path("acceptable").asBoolean()).isTrue();

            assertProblem(post(s, "/passwords/check", "{\"password\":\"x\",\"use\":\"sometimes\"}"), 422, "validation-failed");
            assertProblem(post(s, "/passwords/check", "{\"password\":\"" + "a".repeat(9000) + "\"}"), 413, "payload-too-large");

            HttpResponse<String> inQuery = s.send("POST", "/passwords/check?hunter2secret", "application/json", "{\"password\":\"x\"}");
            assertProblem(inQuery, 400, "bad-request");
            awaitAccessLines(s, 6); // the access line is written after the response is sent
            assertThat(s.output).noneMatch(line -> line.contains("hunter2secret") || line.contains("Password1"))
                    .anyMatch(line -> line.contains("\"path\":\"/passwords/check\"") && line.contains("\"query\":\"[REDACTED]\""));
        }
    }

    static void awaitAccessLines(RunningServer s, int n) throws InterruptedException {
        for (int i = 0; i < 100 && s.output.stream().filter(l -> l.contains("\"type\":\"access\"")).count() < n; i++) {
            Thread.sleep(20);
        }
    }

    @Test
    void onlineBreachCheckSendsOnlyThePrefix() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fake.createContext("/", ex -> {
            seen.add(ex.getRequestURI().toString());
            byte[] body = ("1E4C9B93F3F0682250B6CF8331B7EE68FD8:10434004\r\n0000000000000000000000000000000000A:0")
                    .getBytes(StandardCharsets.US_ASCII);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        fake.start();
        try (RunningServer s = RunningServer.start(dir, Map.of("passwords.breach-check", "online",
                "passwords.breach-range-url", "http://127.0.0.1:" + fake.getAddress().getPort()))) {
            JsonNode r = json(post(s, "/passwords/check", "{\"password\":\"password\"}"));
            assertThat(r.path("breach").path("status").asText()).isEqualTo("found");
            assertThat(r.path("breach").path("occurrences").asLong()).isEqualTo(10_434_004L);
            assertThat(r.path("findings").findValuesAsText("code")).contains("breached", "blocklisted");
            assertThat(seen).containsExactly("/range/5BAA6");
        } finally {
            fake.stop(0);
        }
    }

    @Test
    void wellKnownChangePasswordRedirectsOnlyWhenConfigured() throws Exception {
        HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        try (RunningServer s = RunningServer.start(dir)) {
            assertProblem(s.get("/.well-known/change-password"), 404, "not-found");
        }
        try (RunningServer s = RunningServer.start(dir, Map.of("passwords.change-password-url", "https://accounts.example/password"))) {
            HttpResponse<String> r = noRedirects.send(HttpRequest.newBuilder(s.uri("/.well-known/change-password")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).contains("https://accounts.example/password");
            // W3C: a server that 404s unknown well-known resources lets clients trust its redirect.
            assertThat(s.get("/.well-known/resource-that-should-not-exist-whose-status-code-should-not-be-200").statusCode()).isEqualTo(404);
        }
    }
}
