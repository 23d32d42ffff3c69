package dev.citadel.corecrypto.pq;

import static dev.citadel.corecrypto.pk.AcvpVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.corecrypto.pk.AcvpVectors;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.VectorTally;
import dev.citadel.corecrypto.pk.VectorTally.Expect;
import dev.citadel.testing.RequiresVectors;
import java.util.HexFormat;
import java.util.Set;
import org.bouncycastle.crypto.digests.SHAKEDigest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * NIST ACVP FIPS 204 ML-DSA: keyGen (ξ), sigGen (deterministic and hedged; external interface with
 * contexts, external μ, and the internal interface), sigVer. HashML-DSA ({@code preHash}) groups are
 * counted as skipped: Citadel offers pure ML-DSA only. For the internal interface with a message, the test
 * computes μ = H(H(pk, 64) || M, 64) (FIPS 204 Algorithm 7 line 6) and uses Citadel's external-μ entry.
 */
@RequiresVectors(AcvpVectors.DIR)
class MlDsaAcvpTest {

    private static final HexFormat HEX = HexFormat.of();

    private static MlDsaParameterSet ps(JsonNode g) {
        return MlDsaParameterSet.valueOf(g.get("parameterSet").asText().replace('-', '_'));
    }

    @DisplayName("acvp ML-DSA-keyGen-FIPS204")
    @Test
    void keyGen() {
        VectorTally tally = new VectorTally("acvp ML-DSA-keyGen-FIPS204");
        for (JsonNode g : AcvpVectors.read("ML-DSA-keyGen-FIPS204").get("testGroups")) {
            for (JsonNode t : g.get("tests")) {
                tally.check("tcId " + t.get("tcId"), Expect.ACCEPT, Set.of(), () -> {
                    try (MlDsaPrivateKey k = MlDsaPrivateKey.fromSeed(ps(g), hex(t.get("seed")))) {
                        assertThat(HEX.formatHex(k.publicKey().bytes())).isEqualToIgnoringCase(t.get("pk").asText());
                        assertThat(HEX.formatHex(k.revealExpanded(SecretAccess.insecure()))).isEqualToIgnoringCase(t.get("sk").asText());
                    }
                });
            }
        }
        tally.finish();
    }

    @DisplayName("acvp ML-DSA-sigGen-FIPS204")
    @Test
    void sigGen() {
        VectorTally tally = new VectorTally("acvp ML-DSA-sigGen-FIPS204");
        for (JsonNode g : AcvpVectors.read("ML-DSA-sigGen-FIPS204").get("testGroups")) {
            if ("preHash".equals(g.path("preHash").asText())) {
                g.get("tests").forEach(t -> tally.skip("HashML-DSA not offered"));
                continue;
            }
            boolean deterministic = g.get("deterministic").asBoolean();
            boolean internal = "internal".equals(g.get("signatureInterface").asText());
            for (JsonNode t : g.get("tests")) {
                tally.check("tgId " + g.get("tgId") + " tcId " + t.get("tcId"), Expect.ACCEPT, Set.of(), () -> {
                    try (MlDsaPrivateKey k = MlDsaPrivateKey.fromExpanded(ps(g), hex(t.get("sk")))) {
                        byte[] sig;
                        if (internal) {
                            byte[] mu = t.has("mu") ? hex(t.get("mu")) : mu(k.publicKey(), hex(t.get("message")));
                            sig = deterministic ? k.signExternalMuDeterministic(mu) : k.signExternalMu(mu, new PqFixedRandom(hex(t.get("rnd"))));
                        } else {
                            byte[] msg = hex(t.get("message"));
                            byte[] ctx = hex(t.get("context"));
                            sig = deterministic ? k.signDeterministic(msg, ctx) : k.sign(msg, ctx, new PqFixedRandom(hex(t.get("rnd"))));
                        }
                        assertThat(HEX.formatHex(sig)).isEqualToIgnoringCase(t.get("signature").asText());
                    }
                });
            }
        }
        tally.finish();
    }

    @DisplayName("acvp ML-DSA-sigVer-FIPS204")
    @Test
    void sigVer() {
        VectorTally tally = new VectorTally("acvp ML-DSA-sigVer-FIPS204");
        for (JsonNode g : AcvpVectors.read("ML-DSA-sigVer-FIPS204").get("testGroups")) {
            if ("preHash".equals(g.path("preHash").asText())) {
                g.get("tests").forEach(t -> tally.skip("HashML-DSA not offered"));
                continue;
            }
            boolean internal = "internal".equals(g.get("signatureInterface").asText());
            for (JsonNode t : g.get("tests")) {
                Expect expect = t.get("testPassed").asBoolean() ? Expect.ACCEPT : Expect.REJECT;
                tally.check("tgId " + g.get("tgId") + " tcId " + t.get("tcId") + " " + t.get("reason"), expect, Set.of(Reason.INVALID_SIGNATURE), () -> {
                    MlDsaPublicKey pk = MlDsaPublicKey.fromBytes(ps(g), hex(t.get("pk")));
                    if (internal) {
                        pk.verifyExternalMu(t.has("mu") ? hex(t.get("mu")) : mu(pk, hex(t.get("message"))), hex(t.get("signature")));
                    } else {
                        pk.verify(hex(t.get("message")), hex(t.get("context")), hex(t.get("signature")));
                    }
                });
            }
        }
        tally.finish();
    }

    /** μ = SHAKE256(SHAKE256(pk, 64) || M′, 64): the internal interface's message representative. */
    private static byte[] mu(MlDsaPublicKey pk, byte[] message) {
        byte[] tr = shake256(pk.bytes());
        byte[] in = new byte[tr.length + message.length];
        System.arraycopy(tr, 0, in, 0, tr.length);
        System.arraycopy(message, 0, in, tr.length, message.length);
        return shake256(in);
    }

    private static byte[] shake256(byte[] in) {
        SHAKEDigest d = new SHAKEDigest(256);
        d.update(in, 0, in.length);
        byte[] out = new byte[64];
        d.doFinal(out, 0, 64);
        return out;
    }
}
