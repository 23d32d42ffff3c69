package dev.citadel.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.server.RunningServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP contract every route shares: health, headers, errors, metrics, access log. */
class ServerHttpTest {

    @TempDir
    static Path dir;
    static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.mapper().readTree(r.body());
    }

    static void assertProblem(HttpResponse<String> r, int status, String slug) throws Exception {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode p = json(r);
        assertThat(p.path("type").asText()).isEqualTo("urn:citadel:problem:" + slug);
        assertThat(p.path("status").asInt()).isEqualTo(status);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Nested
    class Health {
        @Test
        void livenessAnswers200() throws Exception {
            HttpResponse<String> r = server.get("/healthz");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(json(r).path("status").asText()).isEqualTo("alive");
        }

        @Test
        void readinessReportsDatabaseMigrationsAndSelfTest() throws Exception {
            HttpResponse<String> r = server.get("/readyz");
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode checks = json(r).path("checks");
            assertThat(checks.path("database").path("status").asText()).isEqualTo("up");
            assertThat(checks.path("migrations").path("status").asText()).isEqualTo("up");
            assertThat(checks.path("crypto-self-test").path("status").asText()).isEqualTo("up");
        }
    }

    @Nested
    class SecurityHeadersOnEveryResponse {
        @Test
        void successAndErrorResponsesCarryThem() throws Exception {
            for (HttpResponse<String> r : new HttpResponse[] {server.get("/healthz"), server.get("/no/such/path"),
                    server.get("/admin/tokens")}) {
                assertThat(r.headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.CONTENT_SECURITY_POLICY);
                assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
                assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
                assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            }
        }

        @Test
        void noHstsOverPlainHttp() throws Exception {
            assertThat(server.get("/healthz").headers().firstValue("Strict-Transport-Security")).isEmpty();
        }

        @Test
        void corsOnlyWhereARouteOptsIn() throws Exception {
            assertThat(server.get("/openapi.json", "Origin", "https://viewer.example")
                    .headers().firstValue("Access-Control-Allow-Origin")).contains("*");
            assertThat(server.get("/healthz", "Origin", "https://evil.example")
                    .headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(server.get("/admin/tokens", "Origin", "https://evil.example")
                    .headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Nested
    class Errors {
        @Test
        void unknownPathIs404Problem() throws Exception {
            assertProblem(server.get("/no/such/path"), 404, "not-found");
        }

        @Test
        void wrongMethodIs405WithAllow() throws Exception {
            HttpResponse<String> r = server.send("PUT", "/admin/tokens", null, null);
            assertProblem(r, 405, "method-not-allowed");
            assertThat(r.headers().firstValue("Allow")).contains("GET, POST");
        }

        @Test
        void malformedRequestLineGetsProblemJsonFromTheTransport() throws Exception {
            try (Socket s = new Socket(server.server.uri().getHost(), server.server.port())) {
                s.setSoTimeout(5000);
                OutputStream out = s.getOutputStream();
                out.write("GARBAGE / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = s.getInputStream();
                byte[] buffer = new byte[8192];
                int n = in.read(buffer);
                String response = new String(buffer, 0, Math.max(n, 0), StandardCharsets.ISO_8859_1);
                assertThat(response).startsWith("HTTP/1.1 4");
                assertThat(response).containsIgnoringCase("content-type: application/problem+json");
                assertThat(response).doesNotContain("Exception");
            }
        }

        @Test
        void bodyOverTheListenerCeilingIs413() throws Exception {
            // Declared length over the ceiling, no body sent: the answer must not depend on a race between
            // the client still writing and the server closing.
            try (Socket s = new Socket(server.server.uri().getHost(), server.server.port())) {
                s.setSoTimeout(5000);
                OutputStream out = s.getOutputStream();
                out.write(("POST /no/such/path HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + (Bodies.MAX_ANY_BODY_BYTES + 10) + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                byte[] buffer = new byte[8192];
                int n = s.getInputStream().read(buffer);
                String response = new String(buffer, 0, Math.max(n, 0), StandardCharsets.ISO_8859_1);
                assertThat(response).startsWith("HTTP/1.1 413");
                assertThat(response).containsIgnoringCase("content-type: application/problem+json");
                assertThat(response).doesNotContain("Exception");
            }
        }
    }

    @Nested
    class Observability {
        @Test
        void metricsExposeRequestTimersByRoutePattern() throws Exception {
            server.get("/healthz");
            server.get("/admin/tokens/0123456789abcdef");
            HttpResponse<String> r = server.get("/metrics");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(r.body()).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/healthz\",status=\"200\"}");
            assertThat(r.body()).contains("jvm_memory_used_bytes");
            assertThat(r.body()).doesNotContain("0123456789abcdef");
        }

        @Test
        void accessLogIsOneRedactedJsonLinePerRequest() throws Exception {
            server.get("/no/alice@example.com?code=s3cr3t&page=2", "User-Agent",
                    "probe citadel_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            String line = awaitLine("\"path\":\"/no/[EMAIL]\"");
            JsonNode entry = Json.mapper().readTree(line);
            assertThat(entry.path("type").asText()).isEqualTo("access");
            assertThat(entry.path("status").asInt()).isEqualTo(404);
            assertThat(entry.path("query").asText()).isEqualTo("code=[REDACTED]&page=2");
            assertThat(entry.path("userAgent").asText()).isEqualTo("probe [TOKEN]");
            assertThat(line).doesNotContain("alice").doesNotContain("s3cr3t").doesNotContain("AAAAAAAA");
        }

        private String awaitLine(String fragment) throws InterruptedException {
            for (int i = 0; i < 50; i++) {
                var hit = server.output.stream().filter(l -> l.contains(fragment)).findFirst();
                if (hit.isPresent()) {
                    return hit.get();
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no access log line with " + fragment + " in " + server.output);
        }
    }
}
