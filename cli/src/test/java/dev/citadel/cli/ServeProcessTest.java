package dev.citadel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citadel serve} as a real process: answers within 10 s, stops gracefully on SIGTERM. */
class ServeProcessTest {

    @TempDir
    Path dir;

    @Test
    void servesThenStopsGracefullyOnSigterm() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--data-dir", dir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            List<String> seen = new ArrayList<>();
            String base = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (base == null && System.nanoTime() < deadline) {
                String line = lines.readLine();
                if (line == null) {
                    break;
                }
                seen.add(line);
                if (line.startsWith("Citadel listening on ")) {
                    base = line.substring("Citadel listening on ".length(), line.indexOf(" (database"));
                }
            }
            assertThat(base).as("listening line within 10 s; saw %s", seen).isNotNull();
            assertThat(seen).anyMatch(l -> l.startsWith("Bootstrap admin token (shown once"));

            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/healthz", "/readyz")) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path).isEqualTo(200);
            }

            p.toHandle().destroy(); // SIGTERM, leaving our end of the pipes open
            StringBuilder rest = new StringBuilder();
            for (String line; (line = lines.readLine()) != null; ) { // ends when the process exits
                rest.append(line).append('\n');
            }
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(rest).contains("Citadel stopping: finishing in-flight requests");
        } finally {
            p.destroyForcibly();
        }
    }
}
