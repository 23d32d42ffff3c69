package dev.citadel.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.server.config.ConfigLoader;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up failures give one actionable line; shutdown lets in-flight requests finish. */
class ServerLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void portInUseIsOneClearLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            var config = new ConfigLoader(Map.of(), dir).resolve(Map.of("port", Integer.toString(taken.getLocalPort()),
                    "data-dir", dir.toString()), Optional.empty());
            assertThatThrownBy(() -> CitadelServer.start(config, line -> {}))
                    .isInstanceOfSatisfying(StartupException.class, e -> assertThat(e.getMessage())
                            .startsWith("cannot listen on 127.0.0.1:" + taken.getLocalPort())
                            .contains("set --port or CITADEL_PORT")
                            .doesNotContain("\n"));
        }
    }

    @Test
    void unreachableDatabaseIsOneClearLineWithoutThePassword() {
        var config = new ConfigLoader(Map.of("CITADEL_DATABASE_PASSWORD", "hunter2"), dir).resolve(Map.of(
                "database.url", "jdbc:postgresql://127.0.0.1:1/citadel", "data-dir", dir.toString(), "port", "0"),
                Optional.empty());
        long start = System.nanoTime();
        assertThatThrownBy(() -> CitadelServer.start(config, line -> {}))
                .isInstanceOfSatisfying(StartupException.class, e -> assertThat(e.getMessage())
                        .contains("database unreachable").contains("127.0.0.1:1").doesNotContain("hunter2"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void inFlightRequestFinishesDuringGracefulStop() throws Exception {
        RunningServer running = RunningServer.start(dir);
        String token = running.bootstrapToken();
        int port = running.server.port();
        String body = "{\"name\":\"late\",\"scopes\":[\"admin:read\"]}";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /admin/tokens HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n"
                    + body.substring(0, 10)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300); // the handler is now blocked reading the rest of the body

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(running::close);
            Thread.sleep(300);
            assertThat(stopping).isNotDone(); // waits for the in-flight request

            out.write(body.substring(10).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            int n = in.read(buffer);
            String response = new String(buffer, 0, Math.max(n, 0), StandardCharsets.ISO_8859_1);
            assertThat(response).startsWith("HTTP/1.1 201");
            stopping.get(10, TimeUnit.SECONDS);
        }
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
                .isInstanceOf(java.net.ConnectException.class);
    }
}
