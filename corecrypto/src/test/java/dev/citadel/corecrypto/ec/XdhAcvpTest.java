package dev.citadel.corecrypto.ec;

import static dev.citadel.corecrypto.pk.AcvpVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.corecrypto.pk.AcvpVectors;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.SharedSecret;
import dev.citadel.corecrypto.pk.VectorTally;
import dev.citadel.corecrypto.pk.VectorTally.Expect;
import dev.citadel.testing.RequiresVectors;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** NIST ACVP XECDH (RFC 7748): shared-secret computation (both directions), key generation, key checks. */
@RequiresVectors(AcvpVectors.DIR)
class XdhAcvpTest {

    private static final HexFormat HEX = HexFormat.of();

    private static XdhAlgorithm alg(String curve) {
        return "Curve25519".equals(curve) ? XdhAlgorithm.X25519 : XdhAlgorithm.X448;
    }

    @DisplayName("acvp XECDH-SSC-RFC7748")
    @Test
    void ssc() {
        VectorTally tally = new VectorTally("acvp XECDH-SSC-RFC7748");
        for (JsonNode g : AcvpVectors.read("XECDH-SSC-RFC7748").get("testGroups")) {
            XdhAlgorithm alg = alg(g.get("curve").asText());
            for (JsonNode t : g.get("tests")) {
                Expect expect = t.path("testPassed").asBoolean(true) ? Expect.ACCEPT : Expect.REJECT;
                tally.check("tcId " + t.get("tcId"), expect, Set.of(Reason.SMALL_ORDER), () -> {
                    try (XdhPrivateKey iut = XdhPrivateKey.fromRaw(alg, hex(t.get("privateIut")));
                            XdhPrivateKey server = XdhPrivateKey.fromRaw(alg, hex(t.get("privateServer")));
                            SharedSecret a = iut.agree(XdhPublicKey.fromRaw(alg, hex(t.get("publicServer"))));
                            SharedSecret b = server.agree(XdhPublicKey.fromRaw(alg, hex(t.get("publicIut"))))) {
                        assertThat(HEX.formatHex(iut.publicKey().raw())).isEqualToIgnoringCase(t.get("publicIut").asText());
                        assertThat(HEX.formatHex(a.reveal(SecretAccess.insecure()))).isEqualToIgnoringCase(t.get("z").asText());
                        assertThat(a.equalsSecret(b)).isTrue();
                    }
                });
            }
        }
        tally.finish();
    }

    @DisplayName("acvp XECDH-keyGen-RFC7748")
    @Test
    void keyGen() {
        VectorTally tally = new VectorTally("acvp XECDH-keyGen-RFC7748");
        for (JsonNode g : AcvpVectors.read("XECDH-keyGen-RFC7748").get("testGroups")) {
            XdhAlgorithm alg = alg(g.get("curve").asText());
            for (JsonNode t : g.get("tests")) {
                tally.check("tcId " + t.get("tcId"), Expect.ACCEPT, Set.of(), () -> {
                    try (XdhPrivateKey k = XdhPrivateKey.fromRaw(alg, hex(t.get("privateKey")))) {
                        assertThat(HEX.formatHex(k.publicKey().raw())).isEqualToIgnoringCase(t.get("publicKey").asText());
                    }
                });
            }
        }
        tally.finish();
    }

    /** RFC 7748 §5: every string of the right length is a valid u-coordinate; only lengths are checked. */
    @DisplayName("acvp XECDH-keyVer-RFC7748")
    @Test
    void keyVer() {
        VectorTally tally = new VectorTally("acvp XECDH-keyVer-RFC7748");
        for (JsonNode g : AcvpVectors.read("XECDH-keyVer-RFC7748").get("testGroups")) {
            XdhAlgorithm alg = alg(g.get("curve").asText());
            for (JsonNode t : g.get("tests")) {
                Expect expect = t.get("testPassed").asBoolean() ? Expect.ACCEPT : Expect.REJECT;
                tally.check("tcId " + t.get("tcId") + " " + t.get("reason"), expect, Set.of(Reason.INVALID_ENCODING),
                        () -> XdhPublicKey.fromRaw(alg, hex(t.get("publicKey"))));
            }
        }
        tally.finish();
    }
}
