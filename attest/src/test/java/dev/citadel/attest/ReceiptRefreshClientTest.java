package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import static dev.citadel.attest.AppAttestVectorsTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.citadel.attest.AttestException.Reason;
import dev.citadel.cryptokit.jose.CryptoKitJwsVerifier;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.cryptokit.keys.SecKeys;
import java.net.http.HttpClient;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The refresh client against a local fake of Apple's receipt service. */
class ReceiptRefreshClientTest {

    static final Bytes OLD = Bytes.of(new byte[] {0x30, (byte) 0x80, 1, 2, 3, 0, 0});
    static final Bytes NEW = Bytes.of(new byte[] {0x30, (byte) 0x80, 4, 5, 6, 0, 0});

    final SecKey deviceCheckKey = SecKeys.createRandomKey(KeyType.EC_P256, false);
    final FakeAppleReceiptService apple;
    final ReceiptRefreshClient client;

    ReceiptRefreshClientTest() throws Exception {
        apple = new FakeAppleReceiptService();
        client = new ReceiptRefreshClient(apple.baseUrl(), "ABCDE12345", "KEY1234567", deviceCheckKey,
                HttpClient.newHttpClient(), SyntheticAppAttest.at(SyntheticAppAttest.T));
    }

    @AfterEach
    void stop() {
        apple.close();
    }

    @Test
    void refreshedReceiptAndTheRequestApplesServerSees() throws Exception {
        apple.answer(200, NEW.base64() + "\n");
        RefreshResult r = client.refresh(OLD);
        assertThat(r).isEqualTo(new RefreshResult.Refreshed(NEW));

        FakeAppleReceiptService.Received got = apple.received().getFirst();
        assertThat(got.method()).isEqualTo("POST");
        assertThat(got.path()).isEqualTo(ReceiptRefreshClient.PATH);
        assertThat(Base64.getDecoder().decode(got.body())).isEqualTo(OLD.toByteArray());
        SignedJWT jwt = SignedJWT.parse(got.authorization());
        assertThat(jwt.verify(new CryptoKitJwsVerifier(deviceCheckKey.copyPublicKey()))).isTrue();
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("ES256");
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("KEY1234567");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("ABCDE12345");
        assertThat(jwt.getJWTClaimsSet().getIssueTime().toInstant()).isEqualTo(SyntheticAppAttest.T);
    }

    @Test
    void tooEarlyIsNotModified() {
        apple.answer(304, "");
        assertThat(client.refresh(OLD)).isEqualTo(new RefreshResult.NotModified());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "400, Incorrect Environment, REFRESH_WRONG_ENVIRONMENT",
            "400, Bad Payload, REFRESH_BAD_PAYLOAD",
            "401, Unauthorized, REFRESH_UNAUTHORIZED",
            "404, Not Found, REFRESH_NO_DATA",
            "429, Too Many Requests, REFRESH_RATE_LIMITED",
            "500, Internal Server Error, REFRESH_UNAVAILABLE",
            "503, Service Unavailable, REFRESH_UNAVAILABLE",
            "302, Found, REFRESH_UNEXPECTED_RESPONSE",
            "200, not base64 at all!, REFRESH_UNEXPECTED_RESPONSE"})
    void errorsAreTyped(int status, String body, Reason reason) {
        apple.answer(status, body);
        assertReason(() -> client.refresh(OLD), reason);
    }

    @Test
    void oversizedResponseIsRefused() {
        apple.answer(200, "A".repeat(ReceiptRefreshClient.MAX_RESPONSE_BYTES + 4));
        assertReason(() -> client.refresh(OLD), Reason.REFRESH_UNEXPECTED_RESPONSE);
    }

    @Test
    void unreachableServerIsUnavailable() {
        apple.close();
        assertReason(() -> client.refresh(OLD), Reason.REFRESH_UNAVAILABLE);
    }

    @Test
    void environmentsHaveApplesHosts() {
        assertThat(ReceiptRefreshClient.PRODUCTION.resolve(ReceiptRefreshClient.PATH).toString())
                .isEqualTo("https://data.appattest.apple.com/v1/attestationData");
        assertThat(ReceiptRefreshClient.DEVELOPMENT.resolve(ReceiptRefreshClient.PATH).toString())
                .isEqualTo("https://data-development.appattest.apple.com/v1/attestationData");
    }
}
