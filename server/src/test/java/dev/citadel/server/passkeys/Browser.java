package dev.citadel.server.passkeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.server.RunningServer;
import dev.citadel.server.http.Json;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page does with the passkey API, over a real HTTP client: keeps the cookies the server sets, sends
 * {@code Origin} and the CSRF header as the page's script would, and runs the ceremonies with a
 * {@link SoftwareAuthenticator}.
 */
final class Browser {

    final RunningServer server;
    final String origin;
    final SoftwareAuthenticator authenticator;
    final Map<String, HttpCookie> cookies = new LinkedHashMap<>();
    /** The Set-Cookie lines of the last response. */
    List<String> lastSetCookies = List.of();

    Browser(RunningServer server) {
        this(server, new SoftwareAuthenticator("localhost", "http://localhost:" + server.server.port()));
    }

    Browser(RunningServer server, SoftwareAuthenticator authenticator) {
        this.server = server;
        this.origin = "http://localhost:" + server.server.port();
        this.authenticator = authenticator;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, Map.of());
    }

    HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
        return send("POST", path, body, Map.of());
    }

    /** A request with the page's headers (Origin, CSRF) replaced or removed by {@code overrides} (null value = omit). */
    HttpResponse<String> send(String method, String path, Object body, Map<String, String> overrides)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(20));
        Map<String, String> headers = new LinkedHashMap<>();
        if (!method.equals("GET")) {
            headers.put("Origin", origin);
            if (cookies.containsKey(WebSessions.CSRF_COOKIE)) {
                headers.put(WebSessions.CSRF_HEADER, cookies.get(WebSessions.CSRF_COOKIE).getValue());
            }
        }
        if (!cookies.isEmpty()) {
            headers.put("Cookie", String.join("; ", cookies.values().stream().map(c -> c.getName() + "=" + c.getValue()).toList()));
        }
        headers.putAll(overrides);
        headers.forEach((k, v) -> {
            if (v != null) {
                b.header(k, v);
            }
        });
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : Json.writeString(body)));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = server.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        lastSetCookies = response.headers().allValues("Set-Cookie");
        for (String line : lastSetCookies) {
            for (HttpCookie cookie : HttpCookie.parse(line)) {
                if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie);
                }
            }
        }
        return response;
    }

    String sessionId() {
        HttpCookie c = cookies.get(WebSessions.SESSION_COOKIE);
        return c == null ? null : c.getValue();
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    static Map<String, Object> map(JsonNode node) {
        return Json.mapper().convertValue(node, new TypeReference<Map<String, Object>>() {});
    }

    static void assertProblem(HttpResponse<String> r, int status, String reason) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(r).path("reason").asText()).as(r.body()).isEqualTo(reason);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** Sign-up options → authenticator → verify; returns the verify response. */
    HttpResponse<String> signUp(String username) throws IOException, InterruptedException {
        HttpResponse<String> options = post("/passkeys/registration/options", Map.of("username", username, "displayName", username + " Example"));
        assertThat(options.statusCode()).as(options.body()).isEqualTo(200);
        return finishRegistration(options, "Phone");
    }

    /** Completes a registration whose options are {@code options} with the authenticator. */
    HttpResponse<String> finishRegistration(HttpResponse<String> options, String name) throws IOException, InterruptedException {
        JsonNode o = json(options);
        String credential = authenticator.create(map(o.get("publicKey")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ceremonyId", o.get("ceremonyId").asText());
        body.put("credential", Json.mapper().readTree(credential));
        body.put("name", name);
        return post("/passkeys/registration/verify", body);
    }

    /** Sign-in options (for {@code username}, or discoverable when null) → authenticator → verify body. */
    Map<String, Object> signInBody(String username) throws IOException, InterruptedException {
        Map<String, Object> request = new LinkedHashMap<>();
        if (username != null) {
            request.put("username", username);
        }
        HttpResponse<String> options = post("/passkeys/authentication/options", request);
        assertThat(options.statusCode()).as(options.body()).isEqualTo(200);
        JsonNode o = json(options);
        String credential = authenticator.get(map(o.get("publicKey")), java.util.Optional.empty());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ceremonyId", o.get("ceremonyId").asText());
        body.put("credential", Json.mapper().readTree(credential));
        return body;
    }

    HttpResponse<String> signIn(String username) throws IOException, InterruptedException {
        return post("/passkeys/authentication/verify", signInBody(username));
    }

    static List<String> texts(JsonNode array, String member) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(member).asText()));
        return out;
    }
}
