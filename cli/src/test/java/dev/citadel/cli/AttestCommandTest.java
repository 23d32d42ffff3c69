package dev.citadel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.Vectors;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citadel attest verify-*} on the shared App Attest samples: JSON verdicts, exit codes 0 / 1 / 2. */
@RequiresVectors("attest")
class AttestCommandTest {

    record Result(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), args);
        return new Result(code, out.toString(), err.toString());
    }

    @TempDir
    Path dir;

    static Path vectors() {
        return Vectors.resolve("attest");
    }

    static String root() {
        return vectors().resolve("roots/Apple_App_Attestation_Root_CA.pem").toString();
    }

    static String receiptRoot() {
        return vectors().resolve("roots/AppleRootCA-G3.pem").toString();
    }

    /** The documents of the first real-device sample file, by type. */
    static Map<String, List<Map<String, Object>>> device() throws Exception {
        Map<String, List<Map<String, Object>>> byType = new java.util.HashMap<>();
        Path file = vectors().resolve("veehaitch-devicecheck-appattest/ios-14.2.yaml");
        try (MappingIterator<Map<String, Object>> it = new ObjectMapper(new YAMLFactory()).readerForMapOf(Object.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                Map<String, Object> doc = it.next();
                byType.computeIfAbsent(String.valueOf(doc.get("type")), k -> new ArrayList<>()).add(doc);
            }
        }
        return byType;
    }

    Path write(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    Path write(String name, String content) throws Exception {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    String[] apple2024(String object, String at, String... extra) {
        List<String> args = new ArrayList<>(List.of("attest", "verify-attestation", "--app-id", "0352187391.com.apple.example_app_attest",
                "--key-id", "bSrEhF8TIzIvWSPwvZ0i2+UOBre4ASH84rK15m6emNY=", "--challenge", "test_server_challenge",
                "--object", object, "--root", root(), "--receipt-root", receiptRoot(), "--at", at));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void applesSampleVerifiesWithTheRawChallengeInEveryFileEncoding() throws Exception {
        String b64 = Files.readString(vectors().resolve("apple-doc-sample-2024/attestation-object.b64")).strip();
        byte[] cbor = Base64.getMimeDecoder().decode(b64);
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(cbor);
        for (Path file : List.of(write("o.b64", b64 + "\n"), write("o.cbor", cbor), write("o.b64url", urlSafe))) {
            Result r = run(apple2024(file.toString(), "2024-04-18T12:00:00Z", "--raw-client-data-hash"));
            assertThat(r.code()).as(file + ": " + r.err() + r.out()).isZero();
            JsonNode j = r.json();
            assertThat(j.get("verified").asBoolean()).isTrue();
            assertThat(j.get("keyId").asText()).isEqualTo("bSrEhF8TIzIvWSPwvZ0i2+UOBre4ASH84rK15m6emNY=");
            assertThat(j.get("environment").asText()).isEqualTo("production");
            assertThat(j.get("receipt").get("type").asText()).isEqualTo("ATTEST");
        }
    }

    @Test
    void applesSampleFailsHashedAndNowWithTheReason() throws Exception {
        Path file = vectors().resolve("apple-doc-sample-2024/attestation-object.b64");
        Result hashed = run(apple2024(file.toString(), "2024-04-18T12:00:00Z"));
        assertThat(hashed.code()).isEqualTo(1);
        assertThat(hashed.json().get("verified").asBoolean()).isFalse();
        assertThat(hashed.json().get("reason").asText()).isEqualTo("NONCE_MISMATCH");

        List<String> now = new ArrayList<>(List.of(apple2024(file.toString(), "2024-04-18T12:00:00Z", "--raw-client-data-hash")));
        now.subList(now.indexOf("--at"), now.indexOf("--at") + 2).clear();
        Result expired = run(now.toArray(String[]::new));
        assertThat(expired.code()).isEqualTo(1);
        assertThat(expired.json().get("reason").asText()).isEqualTo("CERTIFICATE_EXPIRED");
    }

    @Test
    void inputFormatAndUsageErrorsExitTwo() throws Exception {
        Path file = vectors().resolve("apple-doc-sample-2024/attestation-object.b64");
        assertThat(run(apple2024(write("bad.txt", "not base64 at all!").toString(), "2024-04-18T12:00:00Z")).code()).isEqualTo(2);
        assertThat(run(apple2024(file.toString(), "yesterday")).code()).isEqualTo(2);
        List<String> swapped = new ArrayList<>(List.of(apple2024(file.toString(), "2024-04-18T12:00:00Z")));
        swapped.set(swapped.indexOf(root()), receiptRoot());
        Result wrongRoot = run(swapped.toArray(String[]::new));
        assertThat(wrongRoot.code()).isEqualTo(2);
        assertThat(wrongRoot.err()).contains("ROOT_FINGERPRINT_MISMATCH");
        List<String> badKey = new ArrayList<>(List.of(apple2024(file.toString(), "2024-04-18T12:00:00Z")));
        badKey.set(badKey.indexOf("--key-id") + 1, "AAAA");
        assertThat(run(badKey.toArray(String[]::new)).code()).isEqualTo(2);
        // Both challenge forms at once is a usage error.
        assertThat(run(apple2024(file.toString(), "2024-04-18T12:00:00Z", "--challenge-b64", "AAAA")).code()).isEqualTo(2);
    }

    @Test
    void deviceAttestationThenAssertionThroughTheAttestedKeyFile() throws Exception {
        Map<String, List<Map<String, Object>>> d = device();
        Map<String, Object> att = d.get("attestation").getFirst();
        String appId = att.get("teamIdentifier") + "." + att.get("bundleIdentifier");
        Result attested = run("attest", "verify-attestation", "--app-id", appId, "--environment", "development",
                "--key-id", String.valueOf(att.get("keyIdBase64")), "--challenge-b64", String.valueOf(att.get("clientDataBase64")),
                "--object", write("att.b64", String.valueOf(att.get("attestationBase64"))).toString(),
                "--root", root(), "--receipt-root", receiptRoot(), "--at", String.valueOf(att.get("timestamp")));
        assertThat(attested.code()).as(attested.err() + attested.out()).isZero();
        Path keyFile = write("key.json", attested.out());

        Map<String, Object> as = d.get("assertion").getFirst();
        String[] assertion = {"attest", "verify-assertion", "--app-id", appId, "--environment", "development",
                "--attested-key", keyFile.toString(), "--client-data-b64", String.valueOf(as.get("clientDataBase64")),
                "--challenge-b64", String.valueOf(as.get("challengeBase64")),
                "--object", write("as.b64", String.valueOf(as.get("assertionBase64"))).toString()};
        Result ok = run(assertion);
        assertThat(ok.code()).as(ok.err() + ok.out()).isZero();
        assertThat(ok.json().get("counter").asLong()).isEqualTo(1);

        List<String> replay = new ArrayList<>(List.of(assertion));
        replay.addAll(List.of("--counter", "1"));
        Result replayed = run(replay.toArray(String[]::new));
        assertThat(replayed.code()).isEqualTo(1);
        assertThat(replayed.json().get("reason").asText()).isEqualTo("COUNTER_NOT_INCREASED");

        List<String> otherChallenge = new ArrayList<>(List.of(assertion));
        otherChallenge.set(otherChallenge.indexOf("--challenge-b64") + 1, Base64.getEncoder().encodeToString("other".getBytes(StandardCharsets.UTF_8)));
        assertThat(run(otherChallenge.toArray(String[]::new)).json().get("reason").asText()).isEqualTo("CHALLENGE_MISMATCH");
    }

    @Test
    void deviceReceiptVerifiesInDevelopmentAndFailsInProduction() throws Exception {
        Map<String, Object> rec = device().get("receipt").getFirst();
        String appId = rec.get("teamIdentifier") + "." + rec.get("bundleIdentifier");
        Path key = write("key.pem", String.valueOf(rec.get("publicKey")));
        Path receipt = write("receipt.der", Base64.getDecoder().decode(String.valueOf(rec.get("receiptBase64"))));
        String[] args = {"attest", "verify-receipt", "--app-id", appId, "--environment", "development", "--public-key", key.toString(),
                "--object", receipt.toString(), "--receipt-root", receiptRoot(), "--at", String.valueOf(rec.get("timestamp"))};
        Result ok = run(args);
        assertThat(ok.code()).as(ok.err() + ok.out()).isZero();
        assertThat(ok.json().get("environment").asText()).isEqualTo("development");

        List<String> production = new ArrayList<>(List.of(args));
        production.set(production.indexOf("development"), "production");
        Result refused = run(production.toArray(String[]::new));
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.json().get("reason").asText()).isEqualTo("ENVIRONMENT_MISMATCH");
    }
}
