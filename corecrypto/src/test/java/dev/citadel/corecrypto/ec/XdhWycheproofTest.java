package dev.citadel.corecrypto.ec;

import static dev.citadel.corecrypto.pk.WycheproofVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.SharedSecret;
import dev.citadel.corecrypto.pk.WycheproofVectors;
import dev.citadel.corecrypto.pk.VectorTally.Expect;
import dev.citadel.corecrypto.pk.VectorTally;
import dev.citadel.testing.RequiresVectors;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wycheproof X25519 (and X448 when present): raw keys, RFC 8410 SPKI + PKCS#8 ({@code _asn_}), PEM, and
 * JWK (members decoded here). {@code InvalidPublic} cases must be refused as encodings. "Acceptable" decisions: twist points and
 * non-canonical u-coordinates are ACCEPTED (RFC 7748 §5 requires it) and must give the listed secret;
 * every {@code ZeroSharedSecret} case is REJECTED with SMALL_ORDER.
 */
@RequiresVectors(WycheproofVectors.DIR)
class XdhWycheproofTest {

    static List<String> files() {
        return WycheproofVectors.files("x(25519|448)_(asn_|pem_|jwk_)?test\\.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void agree(String file) {
        JsonNode root = WycheproofVectors.read(file);
        VectorTally tally = new VectorTally("wycheproof " + file);
        for (JsonNode group : root.get("testGroups")) {
            XdhAlgorithm alg = "curve25519".equals(group.get("curve").asText()) ? XdhAlgorithm.X25519 : XdhAlgorithm.X448;
            String type = group.get("type").asText();
            for (JsonNode t : group.get("tests")) {
                Set<String> flags = WycheproofVectors.flags(t);
                String result = t.get("result").asText();
                Expect expect = flags.contains("ZeroSharedSecret") || "invalid".equals(result) ? Expect.REJECT : Expect.ACCEPT;
                Set<Reason> allowed = flags.contains("InvalidPublic") // malformed keys or keys for another curve
                        ? EnumSet.of(Reason.INVALID_ENCODING, Reason.TRAILING_BYTES, Reason.UNSUPPORTED_PARAMETERS, Reason.INVALID_KEY)
                        : flags.contains("MissingOctetString") // RFC 8410 §7: CurvePrivateKey is an OCTET STRING inside the OCTET STRING
                        ? EnumSet.of(Reason.INVALID_ENCODING)
                        : EnumSet.of(Reason.SMALL_ORDER);
                tally.check("tcId " + t.get("tcId").asInt() + " " + flags, expect, allowed, () -> {
                    try (XdhPrivateKey priv = privateKey(type, alg, t.get("private"));
                            SharedSecret s = priv.agree(publicKey(type, alg, t.get("public")))) {
                        assertThat(HexFormat.of().formatHex(s.reveal(SecretAccess.insecure()))).isEqualTo(t.get("shared").asText());
                    }
                });
            }
        }
        tally.finish();
    }

    private static XdhPrivateKey privateKey(String type, XdhAlgorithm alg, JsonNode node) {
        return switch (type) {
            case "XdhComp" -> XdhPrivateKey.fromRaw(alg, hex(node));
            case "XdhAsnComp" -> XdhPrivateKey.fromPkcs8(hex(node));
            case "XdhPemComp" -> XdhPrivateKey.fromPkcs8(EcdhWycheproofTest.pem(node.asText(), "PRIVATE KEY"));
            case "XdhJwkComp" -> XdhPrivateKey.fromRaw(alg, jwk(alg, node, "d"));
            default -> throw new IllegalArgumentException(type);
        };
    }

    private static XdhPublicKey publicKey(String type, XdhAlgorithm alg, JsonNode node) {
        return switch (type) {
            case "XdhComp" -> XdhPublicKey.fromRaw(alg, hex(node));
            case "XdhAsnComp" -> XdhPublicKey.fromSpki(hex(node));
            case "XdhPemComp" -> XdhPublicKey.fromSpki(EcdhWycheproofTest.pem(node.asText(), "PUBLIC KEY"));
            case "XdhJwkComp" -> XdhPublicKey.fromRaw(alg, jwk(alg, node, "x"));
            default -> throw new IllegalArgumentException(type);
        };
    }

    /** RFC 8037 OKP JWK member decoding (JWK itself is cryptokit's business; this stands in for it). */
    private static byte[] jwk(XdhAlgorithm alg, JsonNode node, String member) {
        if (!"OKP".equals(node.path("kty").asText()) || !alg.name().equals(node.path("crv").asText()) || !node.has(member)) {
            throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "not an " + alg + " OKP JWK");
        }
        try {
            return java.util.Base64.getUrlDecoder().decode(node.get(member).asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, "bad base64url");
        }
    }
}
