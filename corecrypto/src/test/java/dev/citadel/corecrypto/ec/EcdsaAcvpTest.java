package dev.citadel.corecrypto.ec;

import static dev.citadel.corecrypto.pk.AcvpVectors.fixed;
import static dev.citadel.corecrypto.pk.AcvpVectors.integer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.corecrypto.pk.AcvpVectors;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.pk.SignatureHash;
import dev.citadel.corecrypto.pk.VectorTally;
import dev.citadel.corecrypto.pk.VectorTally.Expect;
import dev.citadel.corecrypto.pk.WycheproofHashes;
import dev.citadel.testing.RequiresVectors;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * NIST ACVP FIPS 186-5 ECDSA (SigVer, KeyVer, KeyGen, SigGen, DetECDSA SigGen) and the RFC 6979 A.2
 * deterministic vectors, for P-256, P-384 and P-521. Groups on other curves (P-224, B-/K- curves) and with
 * SHAKE or SHA-1 are counted as skipped: Citadel does not offer them.
 *
 * <p>SigGen: the ACVP answers use the vector's k, which the JDK engine cannot take; Citadel signs each
 * message with the group's d and the signature must verify under the group's Q (and the vector's own
 * signature must verify too). DetECDSA: signatures must match byte for byte.
 */
@RequiresVectors(AcvpVectors.DIR)
class EcdsaAcvpTest {

    private static final HexFormat HEX = HexFormat.of();

    static Optional<EcCurve> curve(String name) {
        return Optional.ofNullable(switch (name) {
            case "P-256", "NIST P-256" -> EcCurve.P_256;
            case "P-384", "NIST P-384" -> EcCurve.P_384;
            case "P-521", "NIST P-521" -> EcCurve.P_521;
            default -> null;
        });
    }

    @DisplayName("acvp ECDSA-SigVer-FIPS186-5")
    @Test
    void sigVer() {
        VectorTally tally = new VectorTally("acvp ECDSA-SigVer-FIPS186-5");
        for (JsonNode g : AcvpVectors.read("ECDSA-SigVer-FIPS186-5").get("testGroups")) {
            Optional<EcCurve> curve = curve(g.get("curve").asText());
            Optional<SignatureHash> hash = WycheproofHashes.of(g.get("hashAlg").asText());
            for (JsonNode t : g.get("tests")) {
                if (curve.isEmpty() || hash.isEmpty()) {
                    tally.skip(skipReason(g, curve, hash));
                    continue;
                }
                EcCurve c = curve.get();
                Expect expect = t.get("testPassed").asBoolean() ? Expect.ACCEPT : Expect.REJECT;
                tally.check("tcId " + t.get("tcId") + " " + t.get("reason"), expect, EnumSet.of(Reason.INVALID_SIGNATURE, Reason.INVALID_POINT), () -> {
                    EcdsaPublicKey key = EcdsaPublicKey.of(EcPublicPoint.of(c, integer(t.get("qx")), integer(t.get("qy"))));
                    byte[] sig = concat(fixed(t.get("r"), c.coordinateLength()), fixed(t.get("s"), c.coordinateLength()));
                    key.verify(AcvpVectors.hex(t.get("message")), sig, hash.get(), EcdsaSignatureEncoding.P1363);
                });
            }
        }
        tally.finish();
    }

    @DisplayName("acvp ECDSA-KeyVer-FIPS186-5")
    @Test
    void keyVer() {
        VectorTally tally = new VectorTally("acvp ECDSA-KeyVer-FIPS186-5");
        for (JsonNode g : AcvpVectors.read("ECDSA-KeyVer-FIPS186-5").get("testGroups")) {
            Optional<EcCurve> curve = curve(g.get("curve").asText());
            for (JsonNode t : g.get("tests")) {
                if (curve.isEmpty()) {
                    tally.skip("curve " + g.get("curve").asText().replaceAll("^([BK])-\\d+$", "$1-*") + " not offered");
                    continue;
                }
                Expect expect = t.get("testPassed").asBoolean() ? Expect.ACCEPT : Expect.REJECT;
                tally.check("tcId " + t.get("tcId") + " " + t.get("reason"), expect, Set.of(Reason.INVALID_POINT),
                        () -> EcPublicPoint.of(curve.get(), integer(t.get("qx")), integer(t.get("qy"))));
            }
        }
        tally.finish();
    }

    @DisplayName("acvp ECDSA-KeyGen-FIPS186-5")
    @Test
    void keyGen() {
        VectorTally tally = new VectorTally("acvp ECDSA-KeyGen-FIPS186-5");
        for (JsonNode g : AcvpVectors.read("ECDSA-KeyGen-FIPS186-5").get("testGroups")) {
            Optional<EcCurve> curve = curve(g.get("curve").asText());
            for (JsonNode t : g.get("tests")) {
                if (curve.isEmpty()) {
                    tally.skip("curve " + g.get("curve").asText().replaceAll("^([BK])-\\d+$", "$1-*") + " not offered");
                    continue;
                }
                EcCurve c = curve.get();
                tally.check("tcId " + t.get("tcId"), Expect.ACCEPT, Set.of(), () -> {
                    try (EcdsaPrivateKey k = EcdsaPrivateKey.fromRawScalar(c, fixed(t.get("d"), c.coordinateLength()))) {
                        assertThat(k.publicKey().point()).isEqualTo(EcPublicPoint.of(c, integer(t.get("qx")), integer(t.get("qy"))));
                    }
                });
            }
        }
        tally.finish();
    }

    @DisplayName("acvp ECDSA-SigGen-FIPS186-5")
    @Test
    void sigGen() {
        VectorTally tally = new VectorTally("acvp ECDSA-SigGen-FIPS186-5");
        for (JsonNode g : AcvpVectors.read("ECDSA-SigGen-FIPS186-5").get("testGroups")) {
            Optional<EcCurve> curve = curve(g.get("curve").asText());
            Optional<SignatureHash> hash = WycheproofHashes.of(g.get("hashAlg").asText());
            for (JsonNode t : g.get("tests")) {
                if (curve.isEmpty() || hash.isEmpty() || g.get("componentTest").asBoolean() || g.has("conformance")) {
                    tally.skip(skipReason(g, curve, hash));
                    continue;
                }
                EcCurve c = curve.get();
                tally.check("tcId " + t.get("tcId"), Expect.ACCEPT, Set.of(), () -> {
                    byte[] msg = AcvpVectors.hex(t.get("message"));
                    try (EcdsaPrivateKey k = EcdsaPrivateKey.fromRawScalar(c, fixed(g.get("d"), c.coordinateLength()))) {
                        EcdsaPublicKey q = EcdsaPublicKey.of(EcPublicPoint.of(c, integer(g.get("qx")), integer(g.get("qy"))));
                        assertThat(k.publicKey()).isEqualTo(q);
                        q.verify(msg, k.sign(msg, hash.get(), EcdsaSignatureEncoding.DER), hash.get(), EcdsaSignatureEncoding.DER);
                        q.verify(msg, concat(fixed(t.get("r"), c.coordinateLength()), fixed(t.get("s"), c.coordinateLength())), hash.get(), EcdsaSignatureEncoding.P1363);
                    }
                });
            }
        }
        tally.finish();
    }

    @DisplayName("acvp DetECDSA-SigGen-FIPS186-5")
    @Test
    void detEcdsaSigGen() {
        VectorTally tally = new VectorTally("acvp DetECDSA-SigGen-FIPS186-5");
        for (JsonNode g : AcvpVectors.read("DetECDSA-SigGen-FIPS186-5").get("testGroups")) {
            Optional<EcCurve> curve = curve(g.get("curve").asText());
            Optional<SignatureHash> hash = WycheproofHashes.of(g.get("hashAlg").asText());
            for (JsonNode t : g.get("tests")) {
                if (curve.isEmpty() || hash.isEmpty() || g.get("componentTest").asBoolean() || g.has("conformance")) {
                    tally.skip(skipReason(g, curve, hash));
                    continue;
                }
                EcCurve c = curve.get();
                tally.check("tcId " + t.get("tcId"), Expect.ACCEPT, Set.of(), () -> {
                    try (EcdsaPrivateKey k = EcdsaPrivateKey.fromRawScalar(c, fixed(g.get("d"), c.coordinateLength()))) {
                        byte[] sig = k.signDeterministic(AcvpVectors.hex(t.get("message")), hash.get(), EcdsaSignatureEncoding.P1363);
                        assertThat(HEX.formatHex(sig)).isEqualToIgnoringCase(
                                HEX.formatHex(fixed(t.get("r"), c.coordinateLength())) + HEX.formatHex(fixed(t.get("s"), c.coordinateLength())));
                    }
                });
            }
        }
        tally.finish();
    }

    @DisplayName("rfc 6979 A.2")
    @Test
    @RequiresVectors("acvp/rfc/6979-deterministic-ecdsa")
    void rfc6979() throws Exception {
        VectorTally tally = new VectorTally("rfc 6979 A.2");
        JsonNode root;
        try (var in = dev.citadel.testing.Vectors.open(dev.citadel.testing.Vectors.resolve("acvp/rfc/6979-deterministic-ecdsa/vectors.json.gz"))) {
            root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        for (JsonNode key : root) {
            Optional<EcCurve> curve = curve(key.get("curve").asText());
            for (JsonNode t : key.get("cases")) {
                Optional<SignatureHash> hash = WycheproofHashes.of(t.get("hash").asText());
                if (curve.isEmpty() || hash.isEmpty()) {
                    tally.skip(curve.isEmpty() ? "curve " + key.get("curve").asText().replaceAll("NIST ([BK])-\\d+$", "$1-*") + " not offered" : "hash " + t.get("hash").asText() + " not offered");
                    continue;
                }
                EcCurve c = curve.get();
                tally.check(key.get("curve").asText() + " " + t.get("hash").asText() + " " + t.get("message").asText(), Expect.ACCEPT, Set.of(), () -> {
                    try (EcdsaPrivateKey k = EcdsaPrivateKey.fromRawScalar(c, fixed(key.get("private"), c.coordinateLength()))) {
                        assertThat(k.publicKey().point()).isEqualTo(EcPublicPoint.of(c, integer(key.get("Ux")), integer(key.get("Uy"))));
                        byte[] sig = k.signDeterministic(t.get("message").asText().getBytes(StandardCharsets.US_ASCII), hash.get(), EcdsaSignatureEncoding.P1363);
                        assertThat(HEX.formatHex(sig)).isEqualToIgnoringCase(
                                HEX.formatHex(fixed(t.get("r"), c.coordinateLength())) + HEX.formatHex(fixed(t.get("s"), c.coordinateLength())));
                    }
                });
            }
        }
        tally.finish();
    }

    /** Skips: other curves, SHAKE/SHA-1, SP 800-106 randomized hashing ("conformance"), component tests. */
    private static String skipReason(JsonNode g, Optional<EcCurve> curve, Optional<SignatureHash> hash) {
        if (curve.isEmpty()) {
            return "curve " + g.get("curve").asText().replaceAll("^([BK])-\\d+$", "$1-*") + " not offered";
        }
        if (hash.isEmpty()) {
            return "hash " + g.get("hashAlg").asText() + " not offered";
        }
        return g.has("conformance") ? "SP 800-106 randomized hashing not offered" : "component test not offered";
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
