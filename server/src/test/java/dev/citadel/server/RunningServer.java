package dev.citadel.server;

import dev.citadel.server.config.ConfigLoader;
import dev.citadel.server.config.ServerConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real server on a free port for tests, with everything it prints captured. */
public final class RunningServer implements AutoCloseable {

    public final CitadelServer server;
    public final List<String> output;
    public final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningServer(CitadelServer server, List<String> output) {
        this.server = server;
        this.output = output;
    }

    /** Starts with defaults plus {@code settings} (canonical keys), port 0, data in {@code dataDir}. */
    public static RunningServer start(Path dataDir, Map<String, String> settings) {
        return start(dataDir, settings, java.time.Clock.systemUTC());
    }

    /** As {@link #start(Path, Map)} with every service's time from {@code clock}. */
    public static RunningServer start(Path dataDir, Map<String, String> settings, java.time.Clock clock) {
        Map<String, String> flags = new java.util.HashMap<>(settings);
        flags.putIfAbsent("port", "0");
        flags.putIfAbsent("data-dir", dataDir.toString());
        flags.putIfAbsent("shutdown.grace-period", "5");
        ServerConfig config = new ConfigLoader(Map.of(), dataDir).resolve(flags, Optional.empty());
        List<String> output = new CopyOnWriteArrayList<>();
        return new RunningServer(CitadelServer.start(config, output::add, clock), output);
    }

    public static RunningServer start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    public URI uri(String path) {
        return server.uri().resolve(path);
    }

    /** The bootstrap token printed on first start. */
    public String bootstrapToken() {
        return output.stream().filter(l -> l.startsWith("Bootstrap admin token")).map(l -> l.substring(l.lastIndexOf(' ') + 1))
                .findFirst().orElseThrow(() -> new AssertionError("no bootstrap token printed: " + output));
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            b.headers(headers);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
    }
}
