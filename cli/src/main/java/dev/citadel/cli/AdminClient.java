package dev.citadel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A small client of the admin API; turns problem+json answers into one-line {@link CliFailure}s. */
final class AdminClient {

    /** Connect and request timeout. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    AdminClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    static AdminClient fromEnvironment(Optional<String> url, Map<String, String> env) {
        String base = url.or(() -> Optional.ofNullable(env.get("CITADEL_URL"))).orElse("http://127.0.0.1:8080");
        String token = env.get("CITADEL_ADMIN_TOKEN");
        if (token == null || token.isBlank()) {
            throw new CliFailure("set CITADEL_ADMIN_TOKEN to an admin token (the server prints one on first start)",
                    ExitCodes.USAGE);
        }
        return new AdminClient(URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base), token.strip());
    }

    JsonNode send(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            if (body != null) {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode json = response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
            if (response.statusCode() >= 400) {
                throw new CliFailure("server refused (" + response.statusCode() + "): "
                        + json.path("detail").asText(json.path("title").asText("no detail")), ExitCodes.FAILED);
            }
            return json;
        } catch (IOException e) {
            throw new CliFailure("cannot reach " + base + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()), ExitCodes.UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure("interrupted", ExitCodes.FAILED);
        }
    }
}
