package dev.citadel.corecrypto.pq;

import static dev.citadel.corecrypto.pk.WycheproofVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.corecrypto.CryptoException.Reason;
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
 * Wycheproof ML-DSA: verification ({@code _verify_}), signing from the seed ξ ({@code _sign_seed_}) and
 * from expanded keys ({@code _sign_noseed_}). Signing cases with {@code rnd} are hedged with that rnd,
 * others deterministic; cases with only {@code mu} sign in external-μ mode; every signature must match
 * byte for byte and must verify. No acceptable cases.
 */
@RequiresVectors(WycheproofVectors.DIR)
class MlDsaWycheproofTest {

    private static final HexFormat HEX = HexFormat.of();

    static List<String> files() {
        return WycheproofVectors.files("mldsa_.*_test\\.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void run(String file) {
        JsonNode root = WycheproofVectors.read(file);
        MlDsaParameterSet ps = MlDsaParameterSet.valueOf(root.get("algorithm").asText().replace('-', '_'));
        VectorTally tally = new VectorTally("wycheproof " + file);
        for (JsonNode group : root.get("testGroups")) {
            for (JsonNode t : group.get("tests")) {
                Expect expect = "valid".equals(t.get("result").asText()) ? Expect.ACCEPT : Expect.REJECT;
                String id = "tcId " + t.get("tcId").asInt() + " " + t.path("comment").asText();
                if (file.contains("_verify_")) {
                    tally.check(id, expect, EnumSet.of(Reason.INVALID_SIGNATURE, Reason.INVALID_ENCODING, Reason.UNSUPPORTED_PARAMETERS),
                            () -> MlDsaPublicKey.fromBytes(ps, hex(group.get("publicKey"))).verify(hex(t.get("msg")), hex(t.get("ctx")), hex(t.get("sig"))));
                } else {
                    Set<Reason> allowed = EnumSet.of(Reason.INVALID_ENCODING, Reason.INVALID_KEY, Reason.UNSUPPORTED_PARAMETERS);
                    tally.check(id, expect, allowed, () -> {
                        try (MlDsaPrivateKey k = group.has("privateSeed")
                                ? MlDsaPrivateKey.fromSeed(ps, hex(group.get("privateSeed")))
                                : MlDsaPrivateKey.fromExpanded(ps, hex(group.get("privateKey")))) {
                            assertThat(HEX.formatHex(k.publicKey().bytes())).isEqualTo(group.get("publicKey").asText());
                            byte[] sig = sign(k, t);
                            assertThat(HEX.formatHex(sig)).isEqualTo(t.get("sig").asText());
                            if (t.has("msg")) {
                                k.publicKey().verify(hex(t.get("msg")), hex(t.get("ctx")), sig);
                            } else {
                                k.publicKey().verifyExternalMu(hex(t.get("mu")), sig);
                            }
                        }
                    });
                }
            }
        }
        tally.finish();
    }

    private static byte[] sign(MlDsaPrivateKey k, JsonNode t) {
        boolean hedged = t.has("rnd");
        if (!t.has("msg")) {
            byte[] mu = hex(t.get("mu"));
            return hedged ? k.signExternalMu(mu, new PqFixedRandom(hex(t.get("rnd")))) : k.signExternalMuDeterministic(mu);
        }
        byte[] msg = hex(t.get("msg"));
        byte[] ctx = hex(t.get("ctx"));
        return hedged ? k.sign(msg, ctx, new PqFixedRandom(hex(t.get("rnd")))) : k.signDeterministic(msg, ctx);
    }
}
