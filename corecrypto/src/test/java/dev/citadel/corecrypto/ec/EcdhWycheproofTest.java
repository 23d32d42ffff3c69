package dev.citadel.corecrypto.ec;

import static dev.citadel.corecrypto.pk.WycheproofVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.SharedSecret;
import dev.citadel.corecrypto.pk.WycheproofVectors;
import dev.citadel.corecrypto.pk.VectorTally.Expect;
import dev.citadel.corecrypto.pk.VectorTally;
import dev.citadel.testing.RequiresVectors;
import java.math.BigInteger;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wycheproof ECDH on P-256/384/521 in all four encodings: X.509 SPKI ({@code ecdh_*_test}), bare SEC 1
 * points ({@code _ecpoint_}), PEM SPKI + PKCS#8 ({@code _pem_}) and JWK ({@code _webcrypto_}; the JWK
 * members are decoded here, Citadel's API takes coordinates).
 *
 * <p>"Acceptable" decisions: compressed public points are ACCEPTED (SEC 1 allows them, CryptoKit and
 * TLS use them); {@code InvalidAsn}/{@code InvalidPem} (BER and other lax encodings) are REJECTED by the
 * strict DER reader; {@code UnnamedCurve} (explicit parameters, even when equal to a named curve) is
 * REJECTED: RFC 5480 §2.1.1 lets CAs use named curves only.
 */
@RequiresVectors(WycheproofVectors.DIR)
class EcdhWycheproofTest {

    /** Reasons a rejection may carry, by Wycheproof flag. */
    private static final Map<String, Set<Reason>> REASONS = Map.ofEntries(
            // Corrupted OIDs read as an unknown algorithm or curve (UNSUPPORTED_PARAMETERS); corrupted
            // point bytes inside well-formed DER give a point off the curve (INVALID_POINT).
            Map.entry("InvalidAsn", EnumSet.of(Reason.INVALID_ENCODING, Reason.TRAILING_BYTES, Reason.UNSUPPORTED_PARAMETERS, Reason.INVALID_POINT)),
            Map.entry("InvalidPem", EnumSet.of(Reason.INVALID_ENCODING, Reason.TRAILING_BYTES, Reason.UNSUPPORTED_PARAMETERS, Reason.INVALID_POINT)),
            Map.entry("ModifiedGroup", EnumSet.of(Reason.INVALID_KEY, Reason.UNSUPPORTED_PARAMETERS)),
            Map.entry("InvalidEncoding", EnumSet.of(Reason.INVALID_ENCODING, Reason.TRAILING_BYTES, Reason.INVALID_POINT)),
            Map.entry("UnnamedCurve", EnumSet.of(Reason.UNSUPPORTED_PARAMETERS)),
            Map.entry("InvalidPublic", EnumSet.of(Reason.INVALID_POINT, Reason.INVALID_ENCODING, Reason.UNSUPPORTED_PARAMETERS)),
            Map.entry("InvalidCompressedPublic", EnumSet.of(Reason.INVALID_POINT)),
            Map.entry("InvalidCurveAttack", EnumSet.of(Reason.INVALID_POINT)),
            Map.entry("ModifiedPublicPoint", EnumSet.of(Reason.INVALID_POINT)),
            Map.entry("CVE-2017-8932", EnumSet.of(Reason.INVALID_POINT)),
            Map.entry("WrongCurve", EnumSet.of(Reason.INVALID_KEY, Reason.INVALID_POINT, Reason.INVALID_ENCODING, Reason.UNSUPPORTED_PARAMETERS)),
            Map.entry("WeakPublicKey", EnumSet.of(Reason.INVALID_POINT)));

    static List<String> files() {
        return WycheproofVectors.files("ecdh_secp(256|384|521)r1_(ecpoint_|pem_|webcrypto_)?test\\.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void agree(String file) {
        JsonNode root = WycheproofVectors.read(file);
        VectorTally tally = new VectorTally("wycheproof " + file);
        for (JsonNode group : root.get("testGroups")) {
            EcCurve curve = curve(group.get("curve").asText());
            String encoding = group.get("encoding").asText();
            for (JsonNode t : group.get("tests")) {
                Set<String> flags = WycheproofVectors.flags(t);
                String result = t.get("result").asText();
                Expect expect = "valid".equals(result) || ("acceptable".equals(result) && flags.contains("CompressedPublic"))
                        ? Expect.ACCEPT : Expect.REJECT;
                Set<Reason> allowed = EnumSet.noneOf(Reason.class);
                flags.forEach(f -> allowed.addAll(REASONS.getOrDefault(f, Set.of())));
                tally.check("tcId " + t.get("tcId").asInt() + " " + flags, expect, allowed, () -> {
                    try (EcdhPrivateKey priv = privateKey(curve, encoding, t.get("private"));
                            SharedSecret s = priv.agree(publicKey(curve, encoding, t.get("public")))) {
                        assertThat(HexFormat.of().formatHex(s.reveal(SecretAccess.insecure()))).isEqualTo(t.get("shared").asText());
                    }
                });
            }
        }
        tally.finish();
    }

    static EcCurve curve(String name) {
        return switch (name) {
            case "secp256r1", "P-256" -> EcCurve.P_256;
            case "secp384r1", "P-384" -> EcCurve.P_384;
            case "secp521r1", "P-521" -> EcCurve.P_521;
            default -> throw new dev.citadel.corecrypto.InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "curve " + name);
        };
    }

    private static EcdhPrivateKey privateKey(EcCurve curve, String encoding, JsonNode node) {
        return switch (encoding) {
            case "asn", "ecpoint" -> EcdhPrivateKey.fromRawScalar(curve, fixed(new BigInteger(1, hex(node)), curve));
            case "pem" -> EcdhPrivateKey.fromPkcs8(pem(node.asText(), "PRIVATE KEY"));
            case "webcrypto" -> EcdhPrivateKey.fromRawScalar(curve, b64(node.get("d")));
            default -> throw new IllegalArgumentException(encoding);
        };
    }

    private static EcdhPublicKey publicKey(EcCurve curve, String encoding, JsonNode node) {
        return switch (encoding) {
            case "asn" -> EcdhPublicKey.fromSpki(hex(node));
            case "ecpoint" -> EcdhPublicKey.of(EcPublicPoint.fromSec1(curve, hex(node)));
            case "pem" -> EcdhPublicKey.fromSpki(pem(node.asText(), "PUBLIC KEY"));
            case "webcrypto" -> {
                EcCurve jwkCurve = curve(node.get("crv").asText());
                yield EcdhPublicKey.of(EcPublicPoint.of(jwkCurve, new BigInteger(1, b64(node.get("x"))), new BigInteger(1, b64(node.get("y")))));
            }
            default -> throw new IllegalArgumentException(encoding);
        };
    }

    private static byte[] fixed(BigInteger v, EcCurve curve) {
        byte[] out = new byte[curve.coordinateLength()];
        byte[] b = v.toByteArray();
        int n = Math.min(b.length, out.length);
        System.arraycopy(b, b.length - n, out, out.length - n, n);
        return out;
    }

    private static byte[] b64(JsonNode n) {
        return Base64.getUrlDecoder().decode(n.asText());
    }

    /** A strict single-block PEM decoder for the test files (RFC 7468 §3 "strict" text). */
    static byte[] pem(String text, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        String t = text.strip();
        if (!t.startsWith(begin) || !t.endsWith(end)) {
            throw new dev.citadel.corecrypto.InvalidInputException(Reason.INVALID_ENCODING, "not a " + label + " PEM block");
        }
        String body = t.substring(begin.length(), t.length() - end.length()).replaceAll("[\\r\\n]", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new dev.citadel.corecrypto.InvalidInputException(Reason.INVALID_ENCODING, "bad PEM base64");
        }
    }
}
