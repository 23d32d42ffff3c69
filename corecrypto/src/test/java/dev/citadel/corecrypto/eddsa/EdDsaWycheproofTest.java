package dev.citadel.corecrypto.eddsa;

import static dev.citadel.corecrypto.pk.WycheproofVectors.hex;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.pk.WycheproofVectors;
import dev.citadel.corecrypto.pk.VectorTally.Expect;
import dev.citadel.corecrypto.pk.VectorTally;
import dev.citadel.testing.RequiresVectors;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Wycheproof EdDSA verification ({@code ed25519_test.json}; {@code ed448_*} when present). No acceptable cases. */
@RequiresVectors(WycheproofVectors.DIR)
class EdDsaWycheproofTest {

    static List<String> files() {
        return WycheproofVectors.files("ed(25519|448)_test\\.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void verify(String file) {
        JsonNode root = WycheproofVectors.read(file);
        VectorTally tally = new VectorTally("wycheproof " + file);
        for (JsonNode group : root.get("testGroups")) {
            EdDsaAlgorithm alg = "edwards25519".equals(group.get("publicKey").get("curve").asText()) ? EdDsaAlgorithm.ED25519 : EdDsaAlgorithm.ED448;
            EdDsaPublicKey key = EdDsaPublicKey.fromRaw(alg, hex(group.get("publicKey").get("pk")));
            if (!EdDsaPublicKey.fromSpki(hex(group.get("publicKeyDer"))).equals(key)) {
                throw new AssertionError("raw and SPKI keys disagree in " + file);
            }
            for (JsonNode t : group.get("tests")) {
                Expect expect = "valid".equals(t.get("result").asText()) ? Expect.ACCEPT : Expect.REJECT;
                tally.check("tcId " + t.get("tcId").asInt(), expect, Set.of(Reason.INVALID_SIGNATURE),
                        () -> key.verify(hex(t.get("msg")), hex(t.get("sig"))));
            }
        }
        tally.finish();
    }
}
