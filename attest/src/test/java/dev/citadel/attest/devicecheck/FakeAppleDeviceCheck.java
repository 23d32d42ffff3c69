package dev.citadel.attest.devicecheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.citadel.attest.devicecheck.golden.GoldenExchanges;
import dev.citadel.cryptokit.P256;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for Apple's DeviceCheck host, speaking the golden exchanges: it checks each request
 * against the next expected one (method, path, content type, body, and the ES256 authorization token
 * verified with Nimbus's own JCA verifier, independent of cryptokit), then answers exactly the recorded
 * response. Any mismatch is recorded in {@link #failures()} and answered 599.
 */
final class FakeAppleDeviceCheck implements AutoCloseable {

    record Expected(GoldenExchanges.Exchange exchange, JsonNode request, int status, String body, String contentType) {}

    private final HttpServer server;
    private final Queue<Expected> expected = new ArrayDeque<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final String teamId;
    private final String keyId;
    private final ECPublicKey trusted;
    private final Clock clock;

    FakeAppleDeviceCheck(String teamId, String keyId, P256.Signing.PublicKey trusted, Clock clock) throws Exception {
        this.teamId = teamId;
        this.keyId = keyId;
        this.trusted = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(trusted.derRepresentation()));
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/");
    }

    synchronized void expect(Expected next) {
        expected.add(next);
    }

    List<String> failures() {
        return failures;
    }

    synchronized int pending() {
        return expected.size();
    }

    private void handle(HttpExchange http) throws IOException {
        Expected next;
        synchronized (this) {
            next = expected.poll();
        }
        try (http) {
            byte[] body = http.getRequestBody().readAllBytes();
            String problem = next == null ? "unexpected request " + http.getRequestURI() : mismatch(http, body, next);
            if (problem != null) {
                failures.add(problem);
                http.sendResponseHeaders(599, -1);
                return;
            }
            byte[] answer = next.body().getBytes(StandardCharsets.UTF_8);
            http.getResponseHeaders().add("Content-Type", next.contentType());
            http.sendResponseHeaders(next.status(), answer.length == 0 ? -1 : answer.length);
            http.getResponseBody().write(answer);
        }
    }

    private String mismatch(HttpExchange http, byte[] body, Expected next) {
        if (!http.getRequestMethod().equals("POST")) {
            return "method " + http.getRequestMethod();
        }
        if (!http.getRequestURI().getPath().equals("/v1/" + next.exchange().endpoint())) {
            return "path " + http.getRequestURI().getPath() + ", expected /v1/" + next.exchange().endpoint();
        }
        if (!"application/json".equals(http.getRequestHeaders().getFirst("Content-Type"))) {
            return "content type " + http.getRequestHeaders().getFirst("Content-Type");
        }
        boolean verified = authorizationVerifies(http.getRequestHeaders().getFirst("Authorization"));
        boolean shouldVerify = next.exchange().authorization() == GoldenExchanges.Authorization.VALID;
        if (verified != shouldVerify) {
            return "authorization token " + (verified ? "verified" : "did not verify") + ", expected " + next.exchange().authorization();
        }
        try {
            JsonNode sent = GoldenExchanges.mapper().readTree(body);
            if (!sent.equals(next.request())) {
                return "body " + sent + ", expected " + next.request();
            }
        } catch (IOException e) {
            return "body is not JSON: " + new String(body, StandardCharsets.UTF_8);
        }
        return null;
    }

    /** Apple's checks: ES256, our kid, iss = team id, iat within the last hour, signature by the trusted key. */
    private boolean authorizationVerifies(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(header.substring(7));
            Instant iat = jwt.getJWTClaimsSet().getIssueTime().toInstant();
            Instant now = clock.instant();
            return jwt.getHeader().getAlgorithm().equals(JWSAlgorithm.ES256) && keyId.equals(jwt.getHeader().getKeyID())
                    && teamId.equals(jwt.getJWTClaimsSet().getIssuer()) && !iat.isAfter(now.plusSeconds(60))
                    && !iat.isBefore(now.minus(Duration.ofHours(1))) && jwt.getJWTClaimsSet().getClaims().keySet().equals(
                            java.util.Set.of("iss", "iat"))
                    && jwt.verify(new ECDSAVerifier(trusted));
        } catch (Exception e) {
            return false;
        }
    }

    /** The expected request and the answer, with placeholders resolved. */
    static Expected of(GoldenExchanges.Exchange e, Map<String, String> values) {
        if (e.json().isPresent()) {
            return new Expected(e, e.request(values), e.status(), e.json(values).orElseThrow().toString(), "application/json");
        }
        return new Expected(e, e.request(values), e.status(), e.body().orElseThrow(), "text/plain; charset=utf-8");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
