package dev.citadel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.Vectors;
import dev.citadel.trust.pki.TestPki;
import dev.citadel.trust.pki.TestPki.Issued;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code citadel trust verify|limbo}: JSON verdicts, exit codes 0 / 1 / 2. */
class TrustCommandTest {

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

    static final Issued ROOT = TestPki.root("CN=CLI Root");
    static final Issued ICA = ROOT.issue(TestPki.ca("CN=CLI ICA"));
    static final Issued LEAF = ICA.issue(TestPki.leaf("CN=www.example.com").dns("www.example.com"));

    Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void trustedChainExitsZeroWithTheChain() throws Exception {
        Path chain = write("chain.pem", LEAF.pem() + ICA.pem());
        Path roots = write("root.pem", ROOT.pem());
        Result r = run("trust", "verify", "--chain", chain.toString(), "--roots", roots.toString(),
                "--host", "www.example.com", "--at", "2026-06-01T00:00:00Z");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("trusted").asBoolean()).isTrue();
        assertThat(j.get("result").asText()).isEqualTo("PROCEED");
        assertThat(j.get("chain")).hasSize(3);
        assertThat(j.get("revocation").asText()).startsWith("off");
    }

    @Test
    void untrustedChainExitsOneAndSaysWhy() throws Exception {
        Path chain = write("chain.pem", LEAF.pem() + ICA.pem());
        Path roots = write("root.pem", ROOT.pem());
        Result r = run("trust", "verify", "--chain", chain.toString(), "--roots", roots.toString(),
                "--host", "evil.example.com", "--at", "2026-06-01T00:00:00Z");
        assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
        JsonNode j = r.json();
        assertThat(j.get("trusted").asBoolean()).isFalse();
        assertThat(j.get("problems").get(0).get("reason").asText()).isEqualTo("HOST_NAME_MISMATCH");
        Result expired = run("trust", "verify", "--chain", chain.toString(), "--roots", roots.toString(),
                "--host", "www.example.com", "--at", "2045-01-01T00:00:00Z");
        assertThat(expired.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(expired.json().get("problems").get(0).get("reason").asText()).isEqualTo("EXPIRED");
    }

    @Test
    void defaultRootsAreTheJdksSoATestRootIsUnknown() throws Exception {
        Path chain = write("chain.pem", LEAF.pem() + ICA.pem());
        Result r = run("trust", "verify", "--chain", chain.toString(), "--host", "www.example.com");
        assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.json().get("problems").get(0).get("reason").asText()).isEqualTo("ISSUER_NOT_FOUND");
    }

    @Test
    void usageAndFormatErrorsExitTwo() throws Exception {
        Path chain = write("chain.pem", LEAF.pem());
        Path garbage = write("garbage.pem", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        assertThat(run("trust", "verify", "--chain", garbage.toString()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("trust", "verify", "--chain", dir.resolve("missing.pem").toString()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("trust", "verify", "--chain", chain.toString(), "--at", "yesterday").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("trust", "verify", "--chain", chain.toString(), "--policy", "smtp").code()).isEqualTo(ExitCodes.USAGE);
        Result soft = run("trust", "verify", "--chain", chain.toString(), "--revocation", "soft");
        assertThat(soft.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(soft.err()).contains("not available yet");
        assertThat(run("trust", "verify").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    @RequiresVectors("limbo")
    void limboPrintsCountsAndTime() {
        Result r = run("trust", "limbo", Vectors.resolve("limbo/limbo.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("citadel: 9780 cases, \\d+ as expected, \\d+ wrongly accepted, \\d+ wrongly rejected, \\d+ skipped, [0-9.]+ s wall")
                .contains("skipped (has-crl): 8");
        assertThat(run("trust", "limbo", "x.json", "--engine", "openssl").code()).isEqualTo(ExitCodes.USAGE);
    }
}
