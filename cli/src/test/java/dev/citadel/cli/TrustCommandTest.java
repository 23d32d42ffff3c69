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
        Result sometimes = run("trust", "verify", "--chain", chain.toString(), "--revocation", "sometimes");
        assertThat(sometimes.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(sometimes.err()).contains("unknown --revocation sometimes");
        assertThat(run("trust", "verify", "--chain", chain.toString(), "--ct-policy", "mozilla").code()).isEqualTo(ExitCodes.USAGE);
        Path badList = write("list.json", "{\"operators\": 3}");
        Result ct = run("trust", "verify", "--chain", chain.toString(), "--ct-log-list", badList.toString());
        assertThat(ct.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(ct.err()).contains("--ct-log-list");
        assertThat(run("trust", "verify").code()).isEqualTo(ExitCodes.USAGE);
    }

    /** limbo's CRL case: a leaf revoked by a CRL its root signed; trusted only while revocation is off. */
    @Test
    @RequiresVectors("limbo")
    void revokedLeafFailsOnlyWithRevocationChecking() throws Exception {
        JsonNode c = limboCase("crl::revoked-certificate-with-crl");
        Path chain = write("peer.pem", c.get("peer_certificate").asText());
        Path roots = write("root.pem", c.get("trusted_certs").get(0).asText());
        Path crl = write("crl.pem", c.get("crls").get(0).asText());
        String at = c.get("validation_time").isNull() ? "2026-06-01T00:00:00Z" : c.get("validation_time").asText();
        String host = c.get("expected_peer_name").get("value").asText();
        Result off = run("trust", "verify", "--chain", chain.toString(), "--roots", roots.toString(), "--host", host, "--at", at);
        assertThat(off.code()).as(off.out() + off.err()).isZero();
        Result hard = run("trust", "verify", "--chain", chain.toString(), "--roots", roots.toString(), "--host", host, "--at", at,
                "--revocation", "hard", "--offline", "--crl", crl.toString());
        assertThat(hard.code()).as(hard.out() + hard.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(hard.json().get("problems").get(0).get("reason").asText()).isEqualTo("REVOKED");
        assertThat(hard.json().get("revocation").asText()).contains("HARD_FAIL");
    }

    /** Apple's CT policy over a real chain's embedded SCTs, beside the trust verdict. */
    @Test
    @RequiresVectors("ct")
    void ctLogListAddsTheCtVerdict() throws Exception {
        Path list = write("logs.json", new ObjectMapper().writeValueAsString(dev.citadel.trust.ct.CtFixtures.realLogListJson(log -> {})));
        Path chain = Vectors.resolve("ct/real-scts/chains/apple.com.pem");
        Result r = run("trust", "verify", "--chain", chain.toString(), "--at", "2026-03-20T00:00:00Z", "--ct-log-list", list.toString());
        JsonNode ct = r.json().get("ct");
        assertThat(ct.get("policy").asText()).isEqualTo("APPLE");
        assertThat(ct.get("compliant").asBoolean()).as(r.out()).isTrue();
        assertThat(ct.get("countedScts").asInt()).isGreaterThanOrEqualTo(ct.get("requiredScts").asInt());
        Result amazon = run("trust", "verify", "--chain", Vectors.resolve("ct/real-scts/chains/amazon.com.pem").toString(),
                "--at", "2026-03-20T00:00:00Z", "--ct-log-list", list.toString());
        assertThat(amazon.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(amazon.json().get("ct").get("reason").asText()).isEqualTo("NOT_ENOUGH_SCTS");
    }

    static JsonNode limboCase(String id) throws Exception {
        for (JsonNode t : new ObjectMapper().readTree(Vectors.resolve("limbo/limbo.json").toFile()).get("testcases")) {
            if (t.get("id").asText().equals(id)) {
                return t;
            }
        }
        throw new AssertionError("no limbo case " + id);
    }

    @Test
    @RequiresVectors("limbo")
    void limboPrintsCountsAndTime() {
        Result r = run("trust", "limbo", Vectors.resolve("limbo/limbo.json").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("citadel: 9780 cases, \\d+ as expected, \\d+ wrongly accepted, \\d+ wrongly rejected, \\d+ skipped, [0-9.]+ s wall")
                .doesNotContain("has-crl");
        assertThat(run("trust", "limbo", "x.json", "--engine", "openssl").code()).isEqualTo(ExitCodes.USAGE);
    }
}
