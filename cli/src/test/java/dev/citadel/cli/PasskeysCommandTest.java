package dev.citadel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * {@code citadel passkeys verify-registration|verify-authentication} on the shared WebAuthn vectors and on tampered
 * copies of them: JSON verdicts with the reason of the failing step, exit codes 0 / 1 / 2.
 */
@RequiresVectors("webauthn")
class PasskeysCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Decoder B64URL = Base64.getUrlDecoder();
    private static final Base64.Encoder TO_B64URL = Base64.getUrlEncoder().withoutPadding();

    record Result(int code, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }

        String reason() throws Exception {
            return json().path("reason").asText();
        }
    }

    static Result run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), args.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    @TempDir
    Path dir;

    /** One vector file: its expectations and responses. */
    record Case(JsonNode root) {
        static Case of(String relative) throws Exception {
            return new Case(JSON.readTree(Vectors.resolve("webauthn").resolve(relative).toFile()));
        }

        String rpId() {
            return root.path("expected").path("rpId").asText();
        }

        String origin() {
            JsonNode o = root.path("expected").path("origin");
            return o.isArray() ? o.get(0).asText() : o.asText();
        }

        String registrationChallenge() {
            return root.path("expected").path("registrationChallenge").asText();
        }

        String authenticationChallenge() {
            return root.path("expected").path("authenticationChallenge").asText();
        }

        ObjectNode registration() {
            return root.path("registration").path("response").deepCopy();
        }

        ObjectNode authentication() {
            return root.path("authentication").path("response").deepCopy();
        }

        String credentialKey() {
            JsonNode k = root.path("authentication").path("credentialPublicKeyCose");
            return k.isTextual() ? k.asText() : root.path("registration").path("authData").path("credentialPublicKeyCose").asText();
        }
    }

    Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    Path write(String name, JsonNode json) throws Exception {
        return write(name, json.toString());
    }

    List<String> registration(Case c, Path response, String... extra) {
        List<String> args = new ArrayList<>(List.of("passkeys", "verify-registration", "--rp-id", c.rpId(), "--origin", c.origin(),
                "--challenge", c.registrationChallenge(), "--response", response.toString(), "--at", "2026-01-01T00:00:00Z"));
        args.addAll(List.of(extra));
        return args;
    }

    List<String> authentication(Case c, Path response, String key, String... extra) {
        List<String> args = new ArrayList<>(List.of("passkeys", "verify-authentication", "--rp-id", c.rpId(), "--origin", c.origin(),
                "--challenge", c.authenticationChallenge(), "--response", response.toString(), "--public-key", key,
                "--at", "2026-01-01T00:00:00Z"));
        args.addAll(List.of(extra));
        return args;
    }

    Path w3cRoot(Case c) throws Exception {
        byte[] der = B64URL.decode(c.root().path("attestationTrustRootCertDer").asText());
        return write("w3c-root.pem", "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END CERTIFICATE-----\n");
    }

    /** A copy of {@code response} whose base64url member {@code field} of {@code response} is changed by {@code edit}. */
    static ObjectNode tampered(ObjectNode credential, String field, java.util.function.UnaryOperator<byte[]> edit) {
        ObjectNode copy = credential.deepCopy();
        ObjectNode r = (ObjectNode) copy.get("response");
        r.put(field, TO_B64URL.encodeToString(edit.apply(B64URL.decode(r.get(field).asText()))));
        return copy;
    }

    // ---------------------------------------------------------------- verified

    @Test
    void w3cPackedRegistrationIsTrustedUnderItsRootAndItsAssertionVerifies() throws Exception {
        Case c = Case.of("w3c-webauthn-l3-test-vectors/packed-es256.json");
        Result reg = run(registration(c, write("reg.json", c.registration()), "--roots", w3cRoot(c).toString(), "--require-trusted"));
        assertThat(reg.code()).as(reg.err() + reg.out()).isZero();
        JsonNode j = reg.json();
        assertThat(j.get("verified").asBoolean()).isTrue();
        assertThat(j.get("fmt").asText()).isEqualTo("packed");
        assertThat(j.get("aaguid").asText()).isEqualTo("876ca4f5-2071-c3e9-b255-09ef2cdf7ed6");
        assertThat(j.get("algorithm").asText()).isEqualTo("ES256");
        assertThat(j.get("attestation").get("verdict").asText()).isEqualTo("trusted");
        assertThat(j.get("attestation").get("type").asText()).isEqualTo("BASIC");
        assertThat(j.get("flags").get("UV").asBoolean()).isTrue();
        assertThat(j.get("publicKey").asText()).isEqualTo(c.credentialKey());

        Result auth = run(authentication(c, write("auth.json", c.authentication()), c.credentialKey(), "--require-uv"));
        assertThat(auth.code()).as(auth.err() + auth.out()).isZero();
        assertThat(auth.json().get("ceremony").asText()).isEqualTo("authentication");
        assertThat(auth.json().get("credentialId").asText()).isEqualTo(c.authentication().get("id").asText());
        assertThat(auth.json().get("flags").get("UP").asBoolean()).isTrue();
    }

    @Test
    void withoutTheRootTheSameStatementIsUntrustedAndRequireTrustedRefusesIt() throws Exception {
        Case c = Case.of("w3c-webauthn-l3-test-vectors/packed-es256.json");
        Path response = write("reg.json", c.registration());
        Result reported = run(registration(c, response));
        assertThat(reported.code()).as(reported.err()).isZero();
        assertThat(reported.json().get("attestation").get("verdict").asText()).isEqualTo("untrusted");
        assertThat(reported.json().get("attestation").get("reason").asText()).isEqualTo("NO_TRUST_ANCHOR");

        Result refused = run(registration(c, response, "--require-trusted"));
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.reason()).isEqualTo("ATTESTATION_NOT_TRUSTED");
    }

    @Test
    void chromiumRegistrationPrintsTheKeyThatVerifiesItsAssertionWithExtensionsAndBackupFlags() throws Exception {
        Case c = Case.of("chromium-virtual-authenticator/platform-prf-largeblob-backup.json");
        Result reg = run(registration(c, write("reg.json", c.registration()), "--require-uv"));
        assertThat(reg.code()).as(reg.err() + reg.out()).isZero();
        JsonNode j = reg.json();
        assertThat(j.get("fmt").asText()).isEqualTo("none");
        assertThat(j.get("attestation").get("verdict").asText()).isEqualTo("none");
        assertThat(j.get("flags").get("BE").asBoolean()).isTrue();
        assertThat(j.get("extensions").get("client").get("credProps").get("rk").asBoolean()).isTrue();
        assertThat(j.get("extensions").get("client").get("largeBlob").get("supported").asBoolean()).isTrue();
        assertThat(j.get("discoverable").asBoolean()).isTrue();
        String key = j.get("publicKey").asText();

        Path keyFile = write("key.txt", key + "\n");
        Result auth = run(authentication(c, write("auth.json", c.authentication()), keyFile.toString(), "--require-uv"));
        assertThat(auth.code()).as(auth.err() + auth.out()).isZero();
        assertThat(auth.json().get("flags").get("BE").asBoolean()).isTrue();
        assertThat(auth.json().get("backupStateTransition").asText()).isEqualTo("UNCHANGED");
        assertThat(auth.json().get("userHandle").asText()).isEqualTo(c.authentication().get("response").get("userHandle").asText());
        assertThat(auth.json().get("extensions").get("client").get("prf").get("results").asText()).isEqualTo("first (not shown)");
    }

    @Test
    void mlDsa65AssertionOfARealDeviceVerifies() throws Exception {
        Case c = Case.of("yubico-java-webauthn-server/Mldsa65.json");
        Path binaryKey = Files.write(dir.resolve("key.cose"), B64URL.decode(c.credentialKey()));
        Result auth = run(authentication(c, write("auth.json", c.authentication()), binaryKey.toString()));
        assertThat(auth.code()).as(auth.err() + auth.out()).isZero();
        assertThat(auth.json().get("algorithm").asText()).isEqualTo("ML_DSA_65");
        assertThat(auth.json().get("signCount").asLong()).isEqualTo(4);
    }

    @Test
    void realSecurityKeyWithItsShortChallengeVerifiesAndItsChainIsReportedUntrusted() throws Exception {
        Case c = Case.of("yubico-java-webauthn-server/YubiKey4.json");
        Result reg = run(registration(c, write("reg.json", c.registration())));
        assertThat(reg.code()).as(reg.err() + reg.out()).isZero();
        assertThat(reg.json().get("fmt").asText()).isEqualTo("fido-u2f");
        assertThat(reg.json().get("attestation").get("verdict").asText()).isEqualTo("untrusted");
        assertThat(reg.json().get("attestation").get("reason").asText()).isEqualTo("NO_TRUST_ANCHOR");
        Result auth = run(authentication(c, write("auth.json", c.authentication()), reg.json().get("publicKey").asText()));
        assertThat(auth.code()).as(auth.err() + auth.out()).isZero();
    }

    // ---------------------------------------------------------------- not verified (exit 1, the failing step's reason)

    @Test
    void chromiumBogusSignatureIsRejected() throws Exception {
        Case c = Case.of("chromium-virtual-authenticator/platform-none-discoverable.json");
        JsonNode bogus = c.root().path("negative").path("bogusSignatureAssertion");
        String challenge = JSON.readTree(B64URL.decode(bogus.path("response").path("clientDataJSON").asText())).get("challenge").asText();
        String key = run(registration(c, write("reg.json", c.registration()))).json().get("publicKey").asText();
        List<String> args = authentication(c, write("bogus.json", bogus), key);
        args.set(args.indexOf("--challenge") + 1, challenge);
        Result r = run(args);
        assertThat(r.code()).as(r.err() + r.out()).isEqualTo(1);
        assertThat(r.reason()).isEqualTo("SIGNATURE_INVALID");
        assertThat(r.json().get("verified").asBoolean()).isFalse();
        assertThat(r.json().get("errors").get(0).get("reason").asText()).isEqualTo("SIGNATURE_INVALID");
    }

    @Test
    void tamperedAssertionsFailAtTheirStep() throws Exception {
        Case c = Case.of("w3c-webauthn-l3-test-vectors/packed-es256.json");
        ObjectNode good = c.authentication();
        String key = c.credentialKey();

        ObjectNode badSignature = tampered(good, "signature", s -> {
            s[s.length - 1] ^= 1;
            return s;
        });
        assertThat(run(authentication(c, write("sig.json", badSignature), key)).reason()).isEqualTo("SIGNATURE_INVALID");

        ObjectNode uvCleared = tampered(good, "authenticatorData", a -> {
            a[32] &= ~0x04;
            return a;
        });
        Path uv = write("uv.json", uvCleared);
        assertThat(run(authentication(c, uv, key, "--require-uv")).reason()).isEqualTo("USER_NOT_VERIFIED");
        assertThat(run(authentication(c, uv, key)).reason()).as("UV not required: the altered bytes fail the signature").isEqualTo("SIGNATURE_INVALID");

        ObjectNode upCleared = tampered(good, "authenticatorData", a -> {
            a[32] &= ~0x01;
            return a;
        });
        assertThat(run(authentication(c, write("up.json", upCleared), key)).reason()).isEqualTo("USER_NOT_PRESENT");

        ObjectNode otherRp = tampered(good, "authenticatorData", a -> {
            a[0] ^= 1;
            return a;
        });
        assertThat(run(authentication(c, write("rp.json", otherRp), key)).reason()).isEqualTo("RP_ID_MISMATCH");

        ObjectNode trailing = tampered(good, "authenticatorData", a -> java.util.Arrays.copyOf(a, a.length + 1));
        assertThat(run(authentication(c, write("trailing.json", trailing), key)).reason()).isEqualTo("TRAILING_BYTES");

        ObjectNode clientDataAltered = tampered(good, "clientDataJSON", cd -> new String(cd, StandardCharsets.UTF_8)
                .replace("https://example.org", "https://evil.example").getBytes(StandardCharsets.UTF_8));
        assertThat(run(authentication(c, write("origin.json", clientDataAltered), key)).reason()).isEqualTo("ORIGIN_MISMATCH");

        ObjectNode getAsCreate = tampered(good, "clientDataJSON", cd -> new String(cd, StandardCharsets.UTF_8)
                .replace("webauthn.get", "webauthn.create").getBytes(StandardCharsets.UTF_8));
        assertThat(run(authentication(c, write("type.json", getAsCreate), key)).reason()).isEqualTo("WRONG_CEREMONY_TYPE");
    }

    @Test
    void wrongChallengeOriginRpIdCounterAndKeyAreRefused() throws Exception {
        Case c = Case.of("w3c-webauthn-l3-test-vectors/packed-es256.json");
        Path response = write("auth.json", c.authentication());
        String key = c.credentialKey();

        List<String> otherChallenge = authentication(c, response, key);
        otherChallenge.set(otherChallenge.indexOf("--challenge") + 1, c.registrationChallenge());
        assertThat(run(otherChallenge).reason()).isEqualTo("CHALLENGE_MISMATCH");

        List<String> otherOrigin = authentication(c, response, key);
        otherOrigin.set(otherOrigin.indexOf("--origin") + 1, "https://example.com");
        assertThat(run(otherOrigin).reason()).isEqualTo("ORIGIN_MISMATCH");

        List<String> otherRpId = authentication(c, response, key);
        otherRpId.set(otherRpId.indexOf("--rp-id") + 1, "example.com");
        assertThat(run(otherRpId).reason()).isEqualTo("RP_ID_MISMATCH");

        // The vector's counter is 0: a stored counter of 5 makes it a regression.
        Result regressed = run(authentication(c, response, key, "--sign-count", "5"));
        assertThat(regressed.code()).isEqualTo(1);
        assertThat(regressed.reason()).isEqualTo("SIGN_COUNTER_REGRESSION");

        // Another credential's key (the EdDSA vector's) does not verify this assertion.
        String otherKey = Case.of("w3c-webauthn-l3-test-vectors/packed-eddsa.json").credentialKey();
        assertThat(run(authentication(c, response, otherKey)).reason()).isEqualTo("SIGNATURE_INVALID");

        // Stored BE differs from the assertion's (§7.2 step 19).
        assertThat(run(authentication(c, response, key, "--backup-eligible", "false")).reason()).isEqualTo("BACKUP_ELIGIBILITY_CHANGED");
    }

    @Test
    void crossOriginCeremonyNeedsItsTopOrigin() throws Exception {
        Case c = Case.of("w3c-webauthn-l3-test-vectors/none-es256-topOrigin.json");
        Path response = write("reg.json", c.registration());
        Result refused = run(registration(c, response));
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.reason()).isEqualTo("CROSS_ORIGIN_NOT_ALLOWED");
        Result allowed = run(registration(c, response, "--top-origin", "https://example.com"));
        assertThat(allowed.code()).as(allowed.err() + allowed.out()).isZero();
        assertThat(run(registration(c, response, "--top-origin", "https://example.net")).reason()).isEqualTo("CROSS_ORIGIN_NOT_ALLOWED");
    }

    @Test
    void tamperedRegistrationsFailAtTheirStep() throws Exception {
        Case c = Case.of("w3c-webauthn-l3-test-vectors/packed-es256.json");
        ObjectNode good = c.registration();
        Path roots = w3cRoot(c);

        ObjectNode truncated = tampered(good, "attestationObject", a -> java.util.Arrays.copyOf(a, a.length - 10));
        Result r = run(registration(c, write("truncated.json", truncated), "--roots", roots.toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.json().get("kind").asText()).isEqualTo("malformed");
        assertThat(r.reason()).isEqualTo("MALFORMED_CBOR");

        ObjectNode trailing = tampered(good, "attestationObject", a -> java.util.Arrays.copyOf(a, a.length + 1));
        assertThat(run(registration(c, write("trailing.json", trailing), "--roots", roots.toString())).reason()).isIn("TRAILING_BYTES", "MALFORMED_CBOR");

        // The attestation signature covers the clientDataJSON hash: an altered clientDataJSON fails the statement.
        ObjectNode badStatement = tampered(good, "clientDataJSON", cd -> new String(cd, StandardCharsets.UTF_8)
                .replace("future", "fuTure").getBytes(StandardCharsets.UTF_8));
        Result statement = run(registration(c, write("statement.json", badStatement), "--roots", roots.toString()));
        assertThat(statement.code()).isEqualTo(1);
        assertThat(statement.reason()).isIn("SIGNATURE_INVALID", "ATTESTATION_INVALID");

        List<String> wrongChallenge = registration(c, write("reg.json", good));
        wrongChallenge.set(wrongChallenge.indexOf("--challenge") + 1, c.authenticationChallenge());
        assertThat(run(wrongChallenge).reason()).isEqualTo("CHALLENGE_MISMATCH");
    }

    // ---------------------------------------------------------------- usage and input-format errors (exit 2)

    @Test
    void usageAndInputFormatErrorsExitTwo() throws Exception {
        Case c = Case.of("w3c-webauthn-l3-test-vectors/packed-es256.json");
        Path response = write("auth.json", c.authentication());
        String key = c.credentialKey();

        Result notJson = run(authentication(c, write("text.json", "not json at all"), key));
        assertThat(notJson.code()).isEqualTo(2);
        assertThat(notJson.err()).startsWith("citadel: --response");
        assertThat(run(authentication(c, dir.resolve("missing.json"), key)).code()).isEqualTo(2);
        assertThat(run(authentication(c, response, "%%%")).code()).isEqualTo(2);
        assertThat(run(authentication(c, response, TO_B64URL.encodeToString(new byte[] {(byte) 0xa1, 1, 2}))).code())
                .as("a COSE_Key without its required labels").isEqualTo(2);
        assertThat(run(authentication(c, response, key, "--at", "yesterday")).code()).isEqualTo(2);
        assertThat(run(authentication(c, response, key, "--sign-count", "-1")).code()).isEqualTo(2);

        List<String> badChallenge = authentication(c, response, key);
        badChallenge.set(badChallenge.indexOf("--challenge") + 1, "not base64url!");
        assertThat(run(badChallenge).code()).isEqualTo(2);
        List<String> emptyChallenge = authentication(c, response, key);
        emptyChallenge.set(emptyChallenge.indexOf("--challenge") + 1, "");
        Result empty = run(emptyChallenge);
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).startsWith("citadel: --challenge");

        List<String> badOrigin = authentication(c, response, key);
        badOrigin.set(badOrigin.indexOf("--origin") + 1, "example.org");
        assertThat(run(badOrigin).code()).isEqualTo(2);

        assertThat(run(List.of("passkeys", "verify-authentication", "--rp-id", "example.org")).code()).isEqualTo(2);
        assertThat(run(registration(c, write("reg.json", c.registration()), "--roots", dir.resolve("no-such-dir").toString())).code())
                .isEqualTo(2);
        Result badBlob = run(registration(c, write("reg2.json", c.registration()), "--mds", write("blob.jwt", "eyJhbGciOiJub25lIn0.e30.").toString()));
        assertThat(badBlob.code()).isEqualTo(2);
        assertThat(badBlob.err()).startsWith("citadel: --mds:").contains("not a FIDO metadata BLOB that verifies");
    }
}
