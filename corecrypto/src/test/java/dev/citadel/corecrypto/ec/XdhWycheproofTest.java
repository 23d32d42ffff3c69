package dev.citadel.corecrypto.ec;

import static dev.citadel.corecrypto.pk.WycheproofVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.corecrypto.pk.PublicKeyCryptoException.Reason;
import dev.citadel.corecrypto.pk.SecretAccess;
import dev.citadel.corecrypto.pk.SharedSecret;
import dev.citadel.corecrypto.pk.WycheproofVectors;
import dev.citadel.corecrypto.pk.VectorTally.Expect;
import dev.citadel.corecrypto.pk.VectorTally;
import dev.citadel.testing.RequiresVectors;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wycheproof X25519 (and X448 when present) on raw keys. "Acceptable" decisions: twist points and
 * non-canonical u-coordinates are ACCEPTED (RFC 7748 §5 requires it) and must give the listed secret;
 * every {@code ZeroSharedSecret} case is REJECTED with SMALL_ORDER.
 */
@RequiresVectors(WycheproofVectors.DIR)
class XdhWycheproofTest {

    static List<String> files() {
        return WycheproofVectors.files("x(25519|448)_test\\.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void agree(String file) {
        JsonNode root = WycheproofVectors.read(file);
        VectorTally tally = new VectorTally("wycheproof " + file);
        for (JsonNode group : root.get("testGroups")) {
            XdhAlgorithm alg = "curve25519".equals(group.get("curve").asText()) ? XdhAlgorithm.X25519 : XdhAlgorithm.X448;
            for (JsonNode t : group.get("tests")) {
                Set<String> flags = WycheproofVectors.flags(t);
                String result = t.get("result").asText();
                Expect expect = flags.contains("ZeroSharedSecret") || "invalid".equals(result) ? Expect.REJECT : Expect.ACCEPT;
                tally.check("tcId " + t.get("tcId").asInt() + " " + flags, expect, Set.of(Reason.SMALL_ORDER, Reason.INVALID_ENCODING), () -> {
                    try (XdhPrivateKey priv = XdhPrivateKey.fromRaw(alg, hex(t.get("private")));
                            SharedSecret s = priv.agree(XdhPublicKey.fromRaw(alg, hex(t.get("public"))))) {
                        assertThat(HexFormat.of().formatHex(s.reveal(SecretAccess.insecure()))).isEqualTo(t.get("shared").asText());
                    }
                });
            }
        }
        tally.finish();
    }
}
