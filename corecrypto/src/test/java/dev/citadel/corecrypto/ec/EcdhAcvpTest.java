package dev.citadel.corecrypto.ec;

import static dev.citadel.corecrypto.pk.AcvpVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.AcvpVectors;
import dev.citadel.corecrypto.pk.SharedSecret;
import dev.citadel.corecrypto.pk.VectorTally;
import dev.citadel.corecrypto.pk.VectorTally.Expect;
import dev.citadel.testing.RequiresVectors;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * NIST ACVP KAS-ECC-SSC (SP 800-56A Rev. 3 shared-secret computation) through {@link EcdhPrivateKey}:
 * the ECC CDH primitive of the ephemeral-unified and static-unified schemes (Z from the IUT's private
 * key and the server's public key, which must equal the published z). VAL cases with a changed Z must be
 * told apart; an invalid server key must be refused (INVALID_POINT). MQV schemes, and curves Citadel does
 * not offer (B-*, K-*, P-224), are counted as skipped.
 */
@RequiresVectors(AcvpVectors.DIR)
class EcdhAcvpTest {

    private static final HexFormat HEX = HexFormat.of();

    @DisplayName("acvp KAS-ECC-SSC-Sp800-56Ar3")
    @Test
    void ssc() {
        VectorTally tally = new VectorTally("acvp KAS-ECC-SSC-Sp800-56Ar3");
        for (JsonNode g : AcvpVectors.read("KAS-ECC-SSC-Sp800-56Ar3").get("testGroups")) {
            String domain = g.get("domainParameterGenerationMode").asText();
            Optional<EcCurve> curve = EcdsaAcvpTest.curve(domain);
            String scheme = g.get("scheme").asText();
            String role = switch (scheme) {
                case "ephemeralUnified" -> "ephemeral";
                case "staticUnified" -> "static";
                default -> null;
            };
            for (JsonNode t : g.get("tests")) {
                if (curve.isEmpty()) {
                    tally.skip("curve " + domain.replaceAll("^([BK])-\\d+$", "$1-*") + " not offered");
                    continue;
                }
                if (role == null) {
                    tally.skip("scheme " + scheme + " not offered");
                    continue;
                }
                EcCurve c = curve.get();
                boolean passes = t.path("testPassed").asBoolean(true);
                String disposition = t.path("testCaseDisposition").asText("pass");
                boolean badKey = disposition.toLowerCase(java.util.Locale.ROOT).contains("publickey");
                Expect expect = badKey && !passes ? Expect.REJECT : Expect.ACCEPT;
                tally.check("tcId " + t.get("tcId") + " " + disposition, expect, Set.of(Reason.INVALID_POINT), () -> {
                    EcPublicPoint server = EcPublicPoint.of(c, new BigInteger(1, hex(t.get(role + "PublicServerX"))),
                            new BigInteger(1, hex(t.get(role + "PublicServerY"))));
                    byte[] d = fixed(hex(t.get(role + "PrivateIut")), c.coordinateLength());
                    try (EcdhPrivateKey iut = EcdhPrivateKey.fromRawScalar(c, d);
                            SharedSecret z = iut.agree(EcdhPublicKey.of(server))) {
                        boolean matches = HEX.formatHex(z.reveal(SecretAccess.insecure())).equalsIgnoreCase(stripped(t.get("z").asText(), c));
                        assertThat(matches).as("Z matches the published value").isEqualTo(passes);
                    }
                });
            }
        }
        tally.finish();
    }

    /** ACVP hex values may carry leading zero bytes beyond the curve's length, or fewer; normalise. */
    private static byte[] fixed(byte[] v, int length) {
        byte[] out = new byte[length];
        int n = Math.min(v.length, length);
        System.arraycopy(v, v.length - n, out, length - n, n);
        return out;
    }

    private static String stripped(String hexZ, EcCurve c) {
        return HEX.formatHex(fixed(HEX.parseHex(hexZ), c.coordinateLength()));
    }
}
