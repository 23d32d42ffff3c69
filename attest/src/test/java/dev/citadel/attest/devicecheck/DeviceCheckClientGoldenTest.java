package dev.citadel.attest.devicecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.attest.devicecheck.golden.GoldenExchanges;
import dev.citadel.attest.devicecheck.golden.GoldenExchanges.Authorization;
import dev.citadel.attest.devicecheck.golden.GoldenExchanges.Conversation;
import dev.citadel.attest.devicecheck.golden.GoldenExchanges.Exchange;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SecretAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The client against a fake of Apple that speaks the golden exchanges, request byte for request byte. */
class DeviceCheckClientGoldenTest {

    static final String TEAM = "A1B2C3D4E5";
    static final String KEY = "KEY1234567";
    /** Stands in for a token from {@code DCDevice.generateToken} (opaque to the client). */
    static final String APPLE_TOKEN = "wlkCDA2Hy/CfrMqVAShs1BAR/0sAiuRIUm5jQg0aEgAWFxgZGhscHR4fICEiIyQlJicoKQ==";
    static final Map<String, String> VALUES = Map.of("device_token", APPLE_TOKEN, "update_month", "2017-02");

    static Iterable<Conversation> conversations() {
        return GoldenExchanges.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    void clientSpeaksTheGoldenExchange(Conversation conversation) throws Exception {
        try (P256.Signing.PrivateKey registered = P256.Signing.PrivateKey.generate();
                P256.Signing.PrivateKey other = P256.Signing.PrivateKey.generate();
                var good = DeviceCheckCredentials.fromP8(TEAM, KEY, registered.pemRepresentation(SecretAccess.insecure()));
                var wrong = DeviceCheckCredentials.fromP8(TEAM, KEY, other.pemRepresentation(SecretAccess.insecure()))) {
            for (Exchange exchange : conversation.exchanges()) {
                if (!exchange.clientCanSend()) {
                    continue;
                }
                JsonNode request = exchange.request(VALUES);
                Clock clock = Clock.fixed(Instant.ofEpochMilli(request.path("timestamp").asLong()), ZoneOffset.UTC);
                try (FakeAppleDeviceCheck apple = new FakeAppleDeviceCheck(TEAM, KEY, registered.publicKey(), clock)) {
                    apple.expect(FakeAppleDeviceCheck.of(exchange, VALUES));
                    DeviceCheckClient client = DeviceCheckClient.builder(exchange.authorization() == Authorization.WRONG_KEY ? wrong : good)
                            .baseUrl(apple.baseUrl()).clock(clock).build();

                    String outcome = outcome(client, exchange, request);

                    assertThat(apple.failures()).as(conversation.name()).isEmpty();
                    assertThat(apple.pending()).isZero();
                    assertThat(outcome).as(conversation.name() + " " + exchange.endpoint()).isEqualTo(exchange.clientOutcome());
                }
            }
        }
    }

    private static String outcome(DeviceCheckClient client, Exchange exchange, JsonNode request) {
        String token = request.path("device_token").asText();
        String transaction = request.path("transaction_id").asText();
        try {
            switch (exchange.endpoint()) {
                case "update_two_bits" -> {
                    client.updateTwoBits(token, new BitUpdate(bit(request, "bit0"), bit(request, "bit1")), transaction);
                    return "updated";
                }
                case "validate_device_token" -> {
                    assertThat(client.validateDeviceToken(token, transaction).transactionId()).isEqualTo(transaction);
                    return "validated";
                }
                case "query_two_bits" -> {
                    return switch (client.queryTwoBits(token, transaction)) {
                        case TwoBitsQuery.Found f -> {
                            JsonNode answer = exchange.json(VALUES).orElseThrow();
                            assertThat(f).isEqualTo(new TwoBitsQuery.Found(answer.path("bit0").asBoolean(),
                                    answer.path("bit1").asBoolean(), YearMonth.parse(answer.path("last_update_time").asText())));
                            yield "found";
                        }
                        case TwoBitsQuery.NotFound n -> "not-found";
                    };
                }
                default -> throw new AssertionError("unknown endpoint " + exchange.endpoint());
            }
        } catch (DeviceCheckException e) {
            assertThat(e.httpStatus()).hasValue(exchange.status());
            assertThatThrownBy(() -> { throw e; }).isInstanceOf(DeviceCheckException.Refused.class);
            return "error:" + e.reason();
        }
    }

    private static Optional<Boolean> bit(JsonNode request, String name) {
        return request.has(name) ? Optional.of(request.get(name).booleanValue()) : Optional.empty();
    }
}
