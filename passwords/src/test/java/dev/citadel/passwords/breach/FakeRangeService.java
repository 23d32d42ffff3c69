package dev.citadel.passwords.breach;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local stand-in for the Pwned Passwords range API speaking its exact wire format: {@code GET /range/XXXXX}
 * → {@code SUFFIX:COUNT\r\n} lines; with {@code Add-Padding: true}, extra zero-count lines. It records every
 * request line and header so tests can prove what left the client.
 */
final class FakeRangeService implements AutoCloseable {

    record Seen(String method, String uri, Map<String, List<String>> headers) {}

    final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    FakeRangeService(Map<String, String> corpus) {
        this(path -> {
            if (!path.matches("/range/[0-9A-F]{5}")) {
                return null;
            }
            String prefix = path.substring(7);
            StringBuilder body = new StringBuilder();
            corpus.forEach((hash, count) -> {
                if (hash.startsWith(prefix)) {
                    body.append(hash.substring(5)).append(':').append(count).append("\r\n");
                }
            });
            return body.toString();
        });
    }

    FakeRangeService(Function<String, String> responder) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders())));
            String body = responder.apply(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            if ("true".equals(exchange.getRequestHeaders().getFirst("Add-Padding"))) {
                body = body + "0000000000000000000000000000000000A:0\r\n0000000000000000000000000000000000B:0";
            }
            byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
