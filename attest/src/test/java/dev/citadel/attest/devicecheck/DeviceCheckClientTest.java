package dev.citadel.attest.devicecheck;

import dev.citadel.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.citadel.attest.devicecheck.DeviceCheckException.Reason;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.P384;
import dev.citadel.cryptokit.SecretAccess;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The client's handling of everything outside the golden path: odd answers, transport, configuration. */
class DeviceCheckClientTest {

    static final String TOKEN = "dG9rZW4=";

    final MutableClock clock = new MutableClock(Instant.parse("2026-03-14T15:09:26Z"));
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final List<String> bodies = new CopyOnWriteArrayList<>();
    volatile int status = 200;
    volatile byte[] answer = new byte[0];
    HttpServer server;
    P256.Signing.PrivateKey key;
    DeviceCheckCredentials credentials;
    DeviceCheckClient client;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", http -> {
            try (http) {
                authorizations.add(http.getRequestHeaders().getFirst("Authorization"));
                bodies.add(new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                http.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
                http.getResponseBody().write(answer);
            }
        });
        server.start();
        key = P256.Signing.PrivateKey.generate();
        credentials = DeviceCheckCredentials.fromP8("A1B2C3D4E5", "KEY1234567", key.pemRepresentation(SecretAccess.insecure()));
        client = DeviceCheckClient.builder(credentials).baseUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/"))
                .clock(clock).build();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        credentials.close();
        key.close();
    }

    void answer(int status, String body) {
        this.status = status;
        this.answer = body.getBytes(StandardCharsets.UTF_8);
    }

    static void assertReason(ThrowingCallable call, Reason reason, Class<? extends DeviceCheckException> kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(kind, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    @DisplayName("429 and 5xx are Unavailable (retry later), undocumented statuses a ProtocolViolation")
    void statusesOutsideTheGoldenPath() {
        answer(429, "");
        assertReason(() -> client.validateDeviceToken(TOKEN), Reason.RATE_LIMITED, DeviceCheckException.Unavailable.class);
        answer(503, "Service Unavailable");
        assertReason(() -> client.validateDeviceToken(TOKEN), Reason.SERVER_ERROR, DeviceCheckException.Unavailable.class);
        answer(403, "Forbidden");
        assertReason(() -> client.validateDeviceToken(TOKEN), Reason.FORBIDDEN, DeviceCheckException.Refused.class);
        answer(302, "");
        assertReason(() -> client.validateDeviceToken(TOKEN), Reason.UNEXPECTED_RESPONSE, DeviceCheckException.ProtocolViolation.class);
    }

    @Test
    @DisplayName("a 200 query answer must be the bits or Apple's text: anything else is UNEXPECTED_RESPONSE")
    void malformedBitsAreNotTrusted() {
        for (String bad : List.of("{\"bit0\":\"true\",\"bit1\":false,\"last_update_time\":\"2017-02\"}",
                "{\"bit0\":true,\"bit1\":false,\"last_update_time\":\"2017-13\"}",
                "{\"bit0\":true,\"bit1\":false}",
                "{\"bit0\":true,\"bit0\":false,\"bit1\":false,\"last_update_time\":\"2017-02\"}",
                "{\"bit0\":true,\"bit1\":false,\"last_update_time\":\"2017-02\"} trailing",
                "Failed to find bit", "")) {
            answer(200, bad);
            assertReason(() -> client.queryTwoBits(TOKEN), Reason.UNEXPECTED_RESPONSE, DeviceCheckException.ProtocolViolation.class);
        }
        answer(200, "{\"bit0\":true,\"bit1\":false,\"last_update_time\":\"2017-02\",\"added_later\":1}");
        assertThat(client.queryTwoBits(TOKEN)).isInstanceOf(TwoBitsQuery.Found.class);
    }

    @Test
    void oversizedAnswersAreNotRead() {
        answer(200, " ".repeat(DeviceCheckClient.MAX_RESPONSE_BYTES + 1));
        assertReason(() -> client.updateTwoBits(TOKEN, BitUpdate.bit0(true)), Reason.UNEXPECTED_RESPONSE,
                DeviceCheckException.ProtocolViolation.class);
    }

    @Test
    void unreachableServiceIsTransport() {
        server.stop(0);
        assertReason(() -> client.validateDeviceToken(TOKEN), Reason.TRANSPORT, DeviceCheckException.Unavailable.class);
    }

    @Test
    @DisplayName("one authorization token serves 20 minutes, then a new one is signed")
    void authorizationTokenIsReusedThenRefreshed() {
        client.validateDeviceToken(TOKEN);
        clock.advance(DeviceCheckClient.AUTHORIZATION_TOKEN_REFRESH.minusSeconds(1));
        client.validateDeviceToken(TOKEN);
        clock.advance(Duration.ofSeconds(1));
        client.validateDeviceToken(TOKEN);
        assertThat(authorizations.get(0)).startsWith("Bearer ey").isEqualTo(authorizations.get(1));
        assertThat(authorizations.get(2)).isNotEqualTo(authorizations.get(1));
    }

    @Test
    void transactionIdsAreFreshVersion4Uuids() throws Exception {
        client.validateDeviceToken(TOKEN);
        client.validateDeviceToken(TOKEN);
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String first = mapper.readTree(bodies.get(0)).path("transaction_id").asText();
        String second = mapper.readTree(bodies.get(1)).path("transaction_id").asText();
        assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}").isNotEqualTo(second);
        assertThat(mapper.readTree(bodies.get(0)).path("timestamp").asLong()).isEqualTo(clock.millis());
    }

    @Test
    @DisplayName("arguments the API would refuse are refused before anything is sent")
    void badArgumentsAreNotSent() {
        assertReason(() -> client.validateDeviceToken("dG9r\nZW4="), Reason.INVALID_ARGUMENT, DeviceCheckException.Refused.class);
        assertReason(() -> client.validateDeviceToken(""), Reason.INVALID_ARGUMENT, DeviceCheckException.Refused.class);
        assertReason(() -> BitUpdate.bit0(true).equals(new BitUpdate(java.util.Optional.empty(), java.util.Optional.empty())),
                Reason.INVALID_ARGUMENT, DeviceCheckException.Refused.class);
        assertThat(bodies).isEmpty();
    }

    @Test
    @DisplayName("the authorization token never travels over plain HTTP to a non-loopback host")
    void baseUrlMustBeHttpsOrLoopback() {
        assertReason(() -> DeviceCheckClient.builder(credentials).baseUrl(URI.create("http://devicecheck.example/v1/")).build(),
                Reason.INVALID_ARGUMENT, DeviceCheckException.Refused.class);
        assertReason(() -> DeviceCheckClient.builder(credentials).baseUrl(URI.create("https://devicecheck.example/v1")).build(),
                Reason.INVALID_ARGUMENT, DeviceCheckException.Refused.class);
        assertThat(DeviceCheckClient.builder(credentials).environment(DeviceCheckEnvironment.DEVELOPMENT).build().baseUrl())
                .hasToString("https://api.development.devicecheck.apple.com/v1/");
        assertThat(DeviceCheckClient.builder(credentials).build().baseUrl()).hasToString("https://api.devicecheck.apple.com/v1/");
    }

    @Test
    void onlyP256PrivateKeysAndAppleIdsMakeCredentials() {
        assertReason(() -> DeviceCheckCredentials.fromP8("A1B2C3D4E5", "KEY1234567", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"),
                Reason.INVALID_KEY, DeviceCheckException.Refused.class);
        try (var p384 = P384.Signing.PrivateKey.generate()) {
            assertReason(() -> DeviceCheckCredentials.fromP8("A1B2C3D4E5", "KEY1234567", p384.pemRepresentation(SecretAccess.insecure())),
                    Reason.INVALID_KEY, DeviceCheckException.Refused.class);
        }
        String pem = key.pemRepresentation(SecretAccess.insecure());
        assertReason(() -> DeviceCheckCredentials.fromP8("a1b2c3d4e5", "KEY1234567", pem), Reason.INVALID_ARGUMENT,
                DeviceCheckException.Refused.class);
        assertThat(credentials.toString()).doesNotContain(pem.substring(30, 60)).contains("redacted");
    }
}
