package dev.citadel.corecrypto.ec;

import static dev.citadel.corecrypto.pk.WycheproofVectors.hex;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.pk.SignatureHash;
import dev.citadel.corecrypto.pk.WycheproofHashes;
import dev.citadel.corecrypto.pk.WycheproofVectors;
import dev.citadel.corecrypto.pk.VectorTally.Expect;
import dev.citadel.corecrypto.pk.VectorTally;
import dev.citadel.testing.RequiresVectors;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wycheproof ECDSA verification, DER and P1363, every curve and hash in {@code ecdsa_*}. Every invalid
 * case must fail with INVALID_SIGNATURE; the files have no "acceptable" cases (BER signatures are
 * invalid, and Citadel's strict DER parser rejects them).
 */
@RequiresVectors(WycheproofVectors.DIR)
class EcdsaWycheproofTest {

    static List<String> files() {
        return WycheproofVectors.files("ecdsa_.*_test\\.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void verify(String file) {
        JsonNode root = WycheproofVectors.read(file);
        EcdsaSignatureEncoding encoding = root.get("schema").asText().contains("p1363") ? EcdsaSignatureEncoding.P1363 : EcdsaSignatureEncoding.DER;
        VectorTally tally = new VectorTally("wycheproof " + file);
        for (JsonNode group : root.get("testGroups")) {
            SignatureHash hash = WycheproofHashes.of(group.get("sha").asText()).orElseThrow();
            EcdsaPublicKey key = EcdsaPublicKey.fromSpki(hex(group.get("publicKeyDer")));
            EcPublicPoint fromX963 = EcPublicPoint.fromX963(key.curve(), hex(group.get("publicKey").get("uncompressed")));
            if (!fromX963.equals(key.point())) {
                throw new AssertionError("SPKI and X9.63 encodings disagree in " + file);
            }
            for (JsonNode t : group.get("tests")) {
                Expect expect = "valid".equals(t.get("result").asText()) ? Expect.ACCEPT : Expect.REJECT;
                tally.check("tcId " + t.get("tcId").asInt(), expect, Set.of(Reason.INVALID_SIGNATURE),
                        () -> key.verify(hex(t.get("msg")), hex(t.get("sig")), hash, encoding));
            }
        }
        tally.finish();
    }
}
