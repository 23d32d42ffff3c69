package dev.citadel.transport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** An {@code openssl s_server} on a free loopback port, answering HTTP with {@code -www}; closed by the test. */
final class OpensslServer implements AutoCloseable {

    final int port;
    private final Process process;
    private final StringBuffer output = new StringBuffer();

    private OpensslServer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    /** Starts {@code openssl s_server} with the identity in {@code files} and {@code extra} arguments. */
    static OpensslServer start(TestCerts.ServerFiles files, boolean withIntermediate, String... extra) {
        List<String> args = new ArrayList<>(List.of("-cert", files.leaf().toString(), "-key", files.key().toString()));
        if (withIntermediate) {
            args.addAll(List.of("-cert_chain", files.intermediate().toString()));
        }
        args.add("-www");
        args.addAll(List.of(extra));
        return startWith(args, false);
    }

    static OpensslServer startWith(List<String> serverArgs, boolean udp) {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of("openssl", "s_server", "-accept", "127.0.0.1:" + port, "-naccept", "1000"));
        cmd.addAll(serverArgs);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            OpensslServer s = new OpensslServer(port, p);
            CompletableFuture<Void> ready = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        s.output.append(line).append('\n');
                        if (line.startsWith("ACCEPT")) {
                            ready.complete(null);
                        }
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
                ready.complete(null);
            });
            reader.setDaemon(true);
            reader.start();
            ready.get(20, TimeUnit.SECONDS);
            if (!p.isAlive()) {
                throw new IllegalStateException("openssl s_server exited: " + s.output);
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("openssl s_server did not start: " + String.join(" ", cmd), e);
        }
    }

    /** What the server printed so far. */
    String output() {
        return output.toString();
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
