package dev.citadel.corecrypto.eddsa;

import static dev.citadel.corecrypto.pk.AcvpVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citadel.corecrypto.pk.AcvpVectors;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.pk.VectorTally;
import dev.citadel.corecrypto.pk.VectorTally.Expect;
import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.Vectors;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * NIST ACVP EdDSA (SigVer, SigGen, KeyGen, KeyVer) and RFC 8032 §7 vectors. Citadel offers PureEdDSA
 * only: pre-hash groups (Ed25519ph, Ed448ph) and Ed448 signatures with a non-empty context are counted
 * as skipped, and so are the {@code ed25519ctx}/{@code ph} RFC files.
 */
@RequiresVectors(AcvpVectors.DIR)
class EdDsaAcvpTest {

    private static final HexFormat HEX = HexFormat.of();

    private static EdDsaAlgorithm alg(String curve) {
        return "ED-25519".equals(curve) ? EdDsaAlgorithm.ED25519 : EdDsaAlgorithm.ED448;
    }

    @DisplayName("acvp EDDSA-SigVer-1.0")
    @Test
    void sigVer() {
        VectorTally tally = new VectorTally("acvp EDDSA-SigVer-1.0");
        for (JsonNode g : AcvpVectors.read("EDDSA-SigVer-1.0").get("testGroups")) {
            EdDsaAlgorithm alg = alg(g.get("curve").asText());
            for (JsonNode t : g.get("tests")) {
                if (g.get("preHash").asBoolean()) {
                    tally.skip("pre-hash EdDSA not offered");
                    continue;
                }
                Expect expect = t.get("testPassed").asBoolean() ? Expect.ACCEPT : Expect.REJECT;
                tally.check("tcId " + t.get("tcId") + " " + t.get("reason"), expect, EnumSet.of(Reason.INVALID_SIGNATURE, Reason.INVALID_POINT),
                        () -> EdDsaPublicKey.fromRaw(alg, hex(t.get("q"))).verify(hex(t.get("message")), hex(t.get("signature"))));
            }
        }
        tally.finish();
    }

    @DisplayName("acvp EDDSA-SigGen-1.0")
    @Test
    void sigGen() {
        VectorTally tally = new VectorTally("acvp EDDSA-SigGen-1.0");
        for (JsonNode g : AcvpVectors.read("EDDSA-SigGen-1.0").get("testGroups")) {
            EdDsaAlgorithm alg = alg(g.get("curve").asText());
            for (JsonNode t : g.get("tests")) {
                if (g.get("preHash").asBoolean() || !t.path("context").asText().isEmpty()) {
                    tally.skip(g.get("preHash").asBoolean() ? "pre-hash EdDSA not offered" : "EdDSA contexts not offered");
                    continue;
                }
                tally.check("tcId " + t.get("tcId"), Expect.ACCEPT, Set.of(), () -> {
                    try (EdDsaPrivateKey k = EdDsaPrivateKey.fromRaw(alg, hex(g.get("d")))) {
                        assertThat(HEX.formatHex(k.publicKey().raw())).isEqualToIgnoringCase(g.get("q").asText());
                        assertThat(HEX.formatHex(k.sign(hex(t.get("message"))))).isEqualToIgnoringCase(t.get("signature").asText());
                    }
                });
            }
        }
        tally.finish();
    }

    @DisplayName("acvp EDDSA-KeyGen-1.0")
    @Test
    void keyGen() {
        VectorTally tally = new VectorTally("acvp EDDSA-KeyGen-1.0");
        for (JsonNode g : AcvpVectors.read("EDDSA-KeyGen-1.0").get("testGroups")) {
            EdDsaAlgorithm alg = alg(g.get("curve").asText());
            for (JsonNode t : g.get("tests")) {
                tally.check("tcId " + t.get("tcId"), Expect.ACCEPT, Set.of(), () -> {
                    try (EdDsaPrivateKey k = EdDsaPrivateKey.fromRaw(alg, hex(t.get("d")))) {
                        assertThat(HEX.formatHex(k.publicKey().raw())).isEqualToIgnoringCase(t.get("q").asText());
                    }
                });
            }
        }
        tally.finish();
    }

    @DisplayName("acvp EDDSA-KeyVer-1.0")
    @Test
    void keyVer() {
        VectorTally tally = new VectorTally("acvp EDDSA-KeyVer-1.0");
        for (JsonNode g : AcvpVectors.read("EDDSA-KeyVer-1.0").get("testGroups")) {
            EdDsaAlgorithm alg = alg(g.get("curve").asText());
            for (JsonNode t : g.get("tests")) {
                Expect expect = t.get("testPassed").asBoolean() ? Expect.ACCEPT : Expect.REJECT;
                tally.check("tcId " + t.get("tcId") + " " + t.get("reason"), expect, Set.of(Reason.INVALID_POINT),
                        () -> EdDsaPublicKey.fromRaw(alg, hex(t.get("q"))));
            }
        }
        tally.finish();
    }

    @ParameterizedTest(name = "RFC 8032 §7 {0}")
    @ValueSource(strings = {"ed25519", "ed448"})
    @RequiresVectors("acvp/rfc/8032-eddsa")
    void rfc8032(String file) throws Exception {
        EdDsaAlgorithm alg = "ed25519".equals(file) ? EdDsaAlgorithm.ED25519 : EdDsaAlgorithm.ED448;
        VectorTally tally = new VectorTally("rfc 8032 " + file);
        JsonNode cases;
        try (var in = Vectors.open(Vectors.resolve("acvp/rfc/8032-eddsa/" + file + ".json.gz"))) {
            cases = new ObjectMapper().readTree(in);
        }
        for (JsonNode t : cases) {
            if (!t.path("context").asText().isEmpty()) {
                tally.skip("EdDSA contexts not offered");
                continue;
            }
            tally.check(t.get("name").asText(), Expect.ACCEPT, Set.of(), () -> {
                try (EdDsaPrivateKey k = EdDsaPrivateKey.fromRaw(alg, hex(t.get("secretKey")))) {
                    assertThat(HEX.formatHex(k.publicKey().raw())).isEqualTo(t.get("publicKey").asText());
                    byte[] sig = k.sign(hex(t.get("message")));
                    assertThat(HEX.formatHex(sig)).isEqualTo(t.get("signature").asText());
                    k.publicKey().verify(hex(t.get("message")), sig);
                }
            });
        }
        tally.finish();
    }
}
