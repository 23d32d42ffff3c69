package dev.citadel.server.devicecheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.attest.devicecheck.DeviceCheckCredentials;
import dev.citadel.attest.devicecheck.golden.GoldenExchanges;
import dev.citadel.attest.devicecheck.golden.GoldenExchanges.Conversation;
import dev.citadel.attest.devicecheck.golden.GoldenExchanges.Exchange;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SecretAccess;
import dev.citadel.server.RunningServer;
import dev.citadel.server.http.Json;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Citadel's compatible service, over HTTP on a real server, answers the golden exchanges the client is
 * tested with (attest's {@code golden/*.json}): same requests, byte-identical plain-text answers, equal JSON.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeviceCheckGoldenExchangesTest {

    static final String TEAM = "A1B2C3D4E5";
    static final String KEY = "KEY1234567";

    @TempDir
    static Path dir;

    RunningServer server;
    P256.Signing.PrivateKey teamKey;
    P256.Signing.PrivateKey otherKey;
    DeviceCheckCredentials good;
    DeviceCheckCredentials wrong;

    @BeforeAll
    void start() throws Exception {
        server = RunningServer.start(dir);
        teamKey = P256.Signing.PrivateKey.generate();
        otherKey = P256.Signing.PrivateKey.generate();
        good = DeviceCheckCredentials.fromP8(TEAM, KEY, teamKey.pemRepresentation(SecretAccess.insecure()));
        wrong = DeviceCheckCredentials.fromP8(TEAM, KEY, otherKey.pemRepresentation(SecretAccess.insecure()));
        DeviceCheckApiTest.registerKey(server, server.bootstrapToken(), TEAM, KEY, teamKey.publicKey());
    }

    @AfterAll
    void stop() {
        good.close();
        wrong.close();
        teamKey.close();
        otherKey.close();
        server.close();
    }

    static List<Conversation> conversations() {
        return GoldenExchanges.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    void serviceAnswersTheGoldenExchange(Conversation conversation) throws Exception {
        String deviceToken = DeviceCheckApiTest.issue(server, TEAM).path("device_token").asText();
        Map<String, String> values = Map.of("device_token", deviceToken,
                "update_month", YearMonth.now(ZoneOffset.UTC).toString());
        for (Exchange exchange : conversation.exchanges()) {
            List<String> headers = new ArrayList<>();
            switch (exchange.authorization()) {
                case VALID -> headers.addAll(List.of("Authorization", "Bearer " + good.authorizationToken(Instant.now())));
                case WRONG_KEY -> headers.addAll(List.of("Authorization", "Bearer " + wrong.authorizationToken(Instant.now())));
                case NONE -> { }
            }
            HttpResponse<String> response = server.send("POST", "/devicecheck/v1/" + exchange.endpoint(), "application/json",
                    exchange.request(values).toString(), headers.toArray(String[]::new));

            String what = conversation.name() + " " + exchange.endpoint();
            assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(exchange.status());
            if (exchange.json().isPresent()) {
                JsonNode answer = Json.mapper().readTree(response.body());
                assertThat(answer).as(what).isEqualTo(exchange.json(values).orElseThrow());
                assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
            } else {
                assertThat(response.body()).as(what).isEqualTo(exchange.body().orElseThrow());
            }
        }
    }
}
