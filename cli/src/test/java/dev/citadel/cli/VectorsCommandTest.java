package dev.citadel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.Vectors;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citadel crypto vectors}: corecrypto's and cryptokit's runners, run from the CLI. */
class VectorsCommandTest {

    record Result(int code, String out, String err) {}

    static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), env, args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    @RequiresVectors("wycheproof")
    void runsTheSelectedFilesAndPrintsTheTable() {
        Result r = run(Map.of(), "crypto", "vectors", Vectors.root().toString(),
                "--only", "aes_gcm_test|hpke_x25519_encap|XECDH-keyVer");

        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).first().asString().matches("file +passed +failed +skipped");
        assertThat(r.out()).containsPattern("\\naes_gcm_test\\.json +316 +0 +0\\n")
                .containsPattern("\\nwycheproof hpke_x25519_encap_test\\.json +6 +0 +0\\n")
                .containsPattern("\\nacvp XECDH-keyVer-RFC7748 +32 +0 +0\\n")
                .containsPattern("\\ntotal \\(3 files\\) +354 +0 +0\\n")
                .contains("PASSED: 354 cases passed, 0 failed, 0 skipped, 0 runner errors")
                .doesNotContain("[vectors]", "ecdsa");
    }

    @Test
    @RequiresVectors("wycheproof")
    void listsSkipReasonsUnderTheirFile() {
        Result r = run(Map.of(), "crypto", "vectors", Vectors.root().toString(), "--only", "rsa_pss_2048_shake128");

        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsPattern("wycheproof rsa_pss_2048_shake128_test\\.json +0 +0 +114\\n +skipped 114: SHAKE128");
    }

    @Test
    void missingDirectoryIsAUsageErrorOnOneLine(@TempDir Path tmp) {
        Result r = run(Map.of("CITADEL_VECTORS", tmp.toString()), "crypto", "vectors", tmp.resolve("absent").toString());

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("citadel: vectors directory " + tmp.resolve("absent") + " does not exist\n");
    }

    @Test
    void directoryWithoutSuitesIsRefused(@TempDir Path tmp) throws Exception {
        Files.createDirectory(tmp.resolve("other"));
        Result r = run(Map.of("CITADEL_VECTORS", tmp.toString()), "crypto", "vectors");

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("citadel: " + tmp + " is not a vectors directory").doesNotContain("\tat ");
    }

    @Test
    @RequiresVectors("wycheproof")
    void aSelectionThatMatchesNothingFails() {
        Result r = run(Map.of(), "crypto", "vectors", Vectors.root().toString(), "--only", "no-such-file");

        assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).isEqualTo("citadel: no vector file ran (--only 'no-such-file' matched nothing)\n");
    }

    @Test
    void badRegexIsAUsageError(@TempDir Path tmp) throws Exception {
        Files.createDirectory(tmp.resolve("acvp"));
        Result r = run(Map.of(), "crypto", "vectors", tmp.toString(), "--only", "(");

        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("citadel: --only is not a regular expression");
    }

    /** A copy of one Wycheproof file whose first case has its expected result flipped must fail the run. */
    @Test
    @RequiresVectors("wycheproof/testvectors_v1")
    void aWrongCaseFailsTheRunAndShowsInItsRow(@TempDir Path tmp) throws Exception {
        String name = "ecdsa_secp256r1_sha256_p1363_test.json";
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(Vectors.resolve("wycheproof/testvectors_v1/" + name).toFile());
        ObjectNode first = (ObjectNode) root.get("testGroups").get(0).get("tests").get(0);
        first.put("result", "valid".equals(first.get("result").asText()) ? "invalid" : "valid");
        Path dir = Files.createDirectories(tmp.resolve("wycheproof/testvectors_v1"));
        json.writeValue(dir.resolve(name).toFile(), root);

        Result r = run(Map.of(), "crypto", "vectors", tmp.toString(), "--only", "ecdsa_secp256r1_sha256_p1363");

        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.FAILED);
        int cases = root.get("numberOfTests").asInt();
        assertThat(r.out()).containsPattern("\\nwycheproof " + name.replace(".", "\\.") + " +" + (cases - 1) + " +1 +0\\n")
                .contains("FAILED: " + (cases - 1) + " cases passed, 1 failed");
    }
}
