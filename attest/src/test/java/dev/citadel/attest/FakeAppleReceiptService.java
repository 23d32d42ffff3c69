package dev.citadel.attest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A local stand-in for Apple's {@code data(-development).appattest.apple.com}, speaking its wire format:
 * {@code POST /v1/attestationData}, JWT in {@code Authorization}, base64 receipt in the body; answers with a
 * scripted status and body (200: a base64 receipt). Records what it received.
 */
final class FakeAppleReceiptService implements AutoCloseable {

    record Received(String method, String path, String authorization, String body) {}

    private final HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private volatile int status = 200;
    private volatile String responseBody = "";

    FakeAppleReceiptService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    void answer(int status, String body) {
        this.status = status;
        this.responseBody = body;
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII);
        received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().getPath(), ex.getRequestHeaders().getFirst("Authorization"), body));
        byte[] out = responseBody.getBytes(StandardCharsets.UTF_8);
        if (status == 304) {
            ex.sendResponseHeaders(304, -1);
        } else {
            ex.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(out);
            }
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
