package dev.citadel.server.appattest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.citadel.attest.AppId;
import dev.citadel.attest.AttestedKey;
import dev.citadel.encoding.Bytes;
import dev.citadel.attest.Environment;
import dev.citadel.attest.KeyId;
import dev.citadel.cryptokit.P256;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.server.RunningServer;
import dev.citadel.server.StartupException;
import dev.citadel.server.http.Json;
import dev.citadel.server.storage.JdbcAppAttestChallengeStore;
import dev.citadel.server.storage.JdbcAttestedKeyStore;
import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.Vectors;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * App Attest through the real server: challenges, registration of a real iOS 14 attestation (development,
 * at the sample's instant), the sample's assertion on the protected DeviceCheck route, and its replays;
 * the canonical request binding with a key registered through the store.
 */
@RequiresVectors("attest")
class AppAttestApiTest {

    static final String TEAM = "A1B2C3D4E5";

    @TempDir
    Path dir;

    /** The first attestation and assertion documents of one real-device sample file. */
    record Sample(Map<String, Object> attestation, Map<String, Object> assertion) {
        String text(Map<String, Object> doc, String key) {
            return String.valueOf(doc.get(key));
        }

        String appId() {
            return text(attestation, "teamIdentifier") + "." + text(attestation, "bundleIdentifier");
        }

        Instant at() {
            return Instant.parse(text(attestation, "timestamp"));
        }
    }

    static Sample sample() throws Exception {
        Path file = Vectors.resolve("attest").resolve("veehaitch-devicecheck-appattest/ios-14.2.yaml");
        Map<String, Object> attestation = null;
        Map<String, Object> assertion = null;
        try (MappingIterator<Map<String, Object>> it = new ObjectMapper(new YAMLFactory()).readerForMapOf(Object.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                Map<String, Object> doc = it.next();
                if (attestation == null && "attestation".equals(doc.get("type"))) {
                    attestation = doc;
                } else if (assertion == null && "assertion".equals(doc.get("type"))) {
                    assertion = doc;
                }
            }
        }
        return new Sample(attestation, assertion);
    }

    static Map<String, String> settings(String appId, String binding) {
        Path roots = Vectors.resolve("attest").resolve("roots");
        Map<String, String> s = new HashMap<>();
        s.put("appattest.app-id", appId);
        s.put("appattest.environment", "development");
        s.put("appattest.root-file", roots.resolve("Apple_App_Attestation_Root_CA.pem").toString());
        s.put("appattest.receipt-root-file", roots.resolve("AppleRootCA-G3.pem").toString());
        s.put("appattest.request-binding", binding);
        return s;
    }

    /** A challenge the app's client data holds, put into the server's store as if the server had issued it. */
    static void seedChallenge(RunningServer s, String challenge, Instant now) {
        assertThat(new JdbcAppAttestChallengeStore(s.server.database()).issue(challenge, now.plus(AppAttestService.CHALLENGE_TTL))).isTrue();
    }

    static void registerTeam(RunningServer s) throws Exception {
        String body = Json.writeString(Map.of("keyId", "KEY1234567", "publicKey",
                P256.Signing.PrivateKey.generate().publicKey().pemRepresentation()));
        assertThat(s.send("POST", "/admin/devicecheck/teams/" + TEAM + "/keys", "application/json", body,
                "Authorization", "Bearer " + s.bootstrapToken()).statusCode()).isEqualTo(201);
    }

    static void assertProblem(HttpResponse<String> r, int status, String reason) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(Json.mapper().readTree(r.body()).path("reason").asText()).as(r.body()).isEqualTo(reason);
    }

    @Test
    @DisplayName("a real attestation registers, its assertion gets a device token once, and replays are refused")
    void realSampleRegistersThenAssertsOnceOnTheProtectedRoute() throws Exception {
        Sample sample = sample();
        Instant at = sample.at();
        try (RunningServer s = RunningServer.start(dir, settings(sample.appId(), "challenge"), Clock.fixed(at, ZoneOffset.UTC))) {
            // The sample's attestation hashed "wurzelpfropf" (its client data) as the challenge.
            String attestChallenge = new String(Base64.getDecoder().decode(sample.text(sample.attestation(), "clientDataBase64")),
                    StandardCharsets.UTF_8);
            seedChallenge(s, attestChallenge, at);
            String registration = Json.writeString(Map.of("key_id", sample.text(sample.attestation(), "keyIdBase64"),
                    "challenge", attestChallenge, "attestation", sample.text(sample.attestation(), "attestationBase64")));
            HttpResponse<String> registered = s.send("POST", "/appattest/keys", "application/json", registration);
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            JsonNode key = Json.mapper().readTree(registered.body());
            assertThat(key.path("key_id").asText()).isEqualTo(sample.text(sample.attestation(), "keyIdBase64"));
            assertThat(key.path("environment").asText()).isEqualTo("development");
            assertThat(key.path("counter").asInt()).isZero();
            KeyId keyId = KeyId.fromBase64(sample.text(sample.attestation(), "keyIdBase64"));
            assertThat(new JdbcAttestedKeyStore(s.server.database(), Clock.systemUTC()).receipt(keyId)).isPresent();

            // The same attestation again, with a fresh challenge: the key id is taken, the counter stays.
            seedChallenge(s, attestChallenge, at);
            assertProblem(s.send("POST", "/appattest/keys", "application/json", registration), 409, "key-already-registered");
            // A challenge the server never issued.
            assertProblem(s.send("POST", "/appattest/keys", "application/json", registration), 422, "unknown-challenge");

            registerTeam(s);
            String assertChallenge = new String(Base64.getDecoder().decode(sample.text(sample.assertion(), "challengeBase64")),
                    StandardCharsets.UTF_8);
            String[] headers = {
                    "X-AppAttest-Key-Id", sample.text(sample.assertion(), "keyIdBase64"),
                    "X-AppAttest-Challenge", assertChallenge,
                    "X-AppAttest-Assertion", sample.text(sample.assertion(), "assertionBase64"),
                    "X-AppAttest-Client-Data", sample.text(sample.assertion(), "clientDataBase64")};
            String issue = "{\"team_id\":\"" + TEAM + "\"}";

            assertProblem(s.send("POST", "/devicecheck/device-tokens", "application/json", issue), 401, "assertion-missing");
            seedChallenge(s, assertChallenge, at);
            HttpResponse<String> token = s.send("POST", "/devicecheck/device-tokens", "application/json", issue, headers);
            assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
            assertThat(Json.mapper().readTree(token.body()).path("device_token").asText()).isNotEmpty();

            // Replayed as captured: the challenge is spent.
            assertProblem(s.send("POST", "/devicecheck/device-tokens", "application/json", issue, headers), 401, "unknown-challenge");
            // Replayed with the challenge somehow fresh again: the counter refuses it.
            seedChallenge(s, assertChallenge, at);
            assertProblem(s.send("POST", "/devicecheck/device-tokens", "application/json", issue, headers), 401, "counter-not-increased");
        }
    }

    @Test
    @DisplayName("the attestation verified at today's instant fails: Apple's certificates have expired")
    void realSampleIsRefusedNow() throws Exception {
        Sample sample = sample();
        try (RunningServer s = RunningServer.start(dir, settings(sample.appId(), "challenge"))) {
            String challenge = new String(Base64.getDecoder().decode(sample.text(sample.attestation(), "clientDataBase64")), StandardCharsets.UTF_8);
            seedChallenge(s, challenge, Instant.now());
            assertProblem(s.send("POST", "/appattest/keys", "application/json", Json.writeString(Map.of(
                    "key_id", sample.text(sample.attestation(), "keyIdBase64"), "challenge", challenge,
                    "attestation", sample.text(sample.attestation(), "attestationBase64")))), 422, "certificate-expired");
        }
    }

    @Test
    @DisplayName("request binding: the assertion covers challenge, method, path and body; any change is refused")
    void requestBindingCoversMethodPathAndBody() throws Exception {
        AppId app = AppId.parse("ABCDE12345.com.example.app");
        Instant now = Instant.now();
        try (RunningServer s = RunningServer.start(dir, settings(app.value(), "request"));
                P256.Signing.PrivateKey device = P256.Signing.PrivateKey.generate()) {
            KeyId keyId = KeyId.of(device.publicKey());
            // Registered through the store: real attestations come only from Apple's devices.
            new JdbcAttestedKeyStore(s.server.database(), Clock.systemUTC())
                    .register(new AttestedKey(keyId, device.publicKey(), app, Environment.DEVELOPMENT, 0), Bytes.of(new byte[] {1}));
            registerTeam(s);

            HttpResponse<String> issued = s.send("POST", "/appattest/challenges", null, null);
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            String challenge = Json.mapper().readTree(issued.body()).path("challenge").asText();
            assertThat(challenge).matches("[A-Za-z0-9_-]{43}");
            assertThat(Instant.parse(Json.mapper().readTree(issued.body()).path("expires_at").asText()))
                    .isAfter(now).isBefore(now.plus(AppAttestService.CHALLENGE_TTL).plus(Duration.ofMinutes(1)));

            String body = "{\"team_id\":\"" + TEAM + "\"}";
            byte[] signedFor = AppAttestGuard.canonicalClientData(challenge, "POST", "/devicecheck/device-tokens",
                    body.getBytes(StandardCharsets.UTF_8));
            String assertion = Base64.getEncoder().encodeToString(assertion(device, app, 1, signedFor));
            String[] headers = {"X-AppAttest-Key-Id", keyId.base64(), "X-AppAttest-Challenge", challenge, "X-AppAttest-Assertion", assertion};

            // The same assertion on another body: the rebuilt client data differs, the signature fails.
            assertProblem(s.send("POST", "/devicecheck/device-tokens", "application/json", "{\"team_id\":\"Z9Y8X7W6V5\"}", headers),
                    401, "signature-invalid");
            // The challenge was spent by that attempt.
            assertProblem(s.send("POST", "/devicecheck/device-tokens", "application/json", body, headers), 401, "unknown-challenge");

            String second = Json.mapper().readTree(s.send("POST", "/appattest/challenges", null, null).body()).path("challenge").asText();
            byte[] secondData = AppAttestGuard.canonicalClientData(second, "POST", "/devicecheck/device-tokens", body.getBytes(StandardCharsets.UTF_8));
            String[] good = {"X-AppAttest-Key-Id", keyId.base64(), "X-AppAttest-Challenge", second,
                    "X-AppAttest-Assertion", Base64.getEncoder().encodeToString(assertion(device, app, 2, secondData))};
            HttpResponse<String> ok = s.send("POST", "/devicecheck/device-tokens", "application/json", body, good);
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        }
    }

    @Test
    void withoutConfigurationTheRoutesAnswerNotConfiguredAndIssuanceIsOpen() throws Exception {
        try (RunningServer s = RunningServer.start(dir)) {
            assertProblem(s.send("POST", "/appattest/challenges", null, null), 404, "appattest-not-configured");
            registerTeam(s);
            assertThat(s.send("POST", "/devicecheck/device-tokens", "application/json", "{\"team_id\":\"" + TEAM + "\"}").statusCode())
                    .isEqualTo(201);
        }
    }

    @Test
    void aRootFileThatIsNotApplesStopsTheServer() {
        Map<String, String> swapped = settings("ABCDE12345.com.example.app", "request");
        swapped.put("appattest.root-file", swapped.get("appattest.receipt-root-file"));
        Assertions.assertThatThrownBy(() -> RunningServer.start(dir, swapped)).isInstanceOf(StartupException.class)
                .hasMessageContaining("appattest.root-file").hasMessageContaining("Apple App Attestation Root CA");
    }

    /** What the device does: ECDSA over nonce = SHA-256(authenticatorData ‖ SHA-256(clientData)), in CBOR. */
    static byte[] assertion(P256.Signing.PrivateKey key, AppId app, long counter, byte[] clientData) {
        ByteArrayOutputStream authData = new ByteArrayOutputStream();
        authData.writeBytes(app.rpIdHash().toByteArray());
        authData.write(0x40);
        authData.writeBytes(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter});
        byte[] ad = authData.toByteArray();
        byte[] signature = key.signature(SHA256.hash(ad, SHA256.hash(clientData).bytes()).bytes()).derRepresentation();
        ByteArrayOutputStream cbor = new ByteArrayOutputStream();
        cbor.write(0xa2);
        text(cbor, "signature");
        bytes(cbor, signature);
        text(cbor, "authenticatorData");
        bytes(cbor, ad);
        return cbor.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(0x60 + b.length); // every key here is shorter than 24 bytes
        out.writeBytes(b);
    }

    private static void bytes(ByteArrayOutputStream out, byte[] b) {
        if (b.length < 24) {
            out.write(0x40 + b.length);
        } else {
            out.write(0x58);
            out.write(b.length);
        }
        out.writeBytes(b);
    }

}
