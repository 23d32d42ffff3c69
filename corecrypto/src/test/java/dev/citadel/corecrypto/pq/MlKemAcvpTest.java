package dev.citadel.corecrypto.pq;

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
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** NIST ACVP FIPS 203 ML-KEM: keyGen (seed d || z), encapsulation with m, decapsulation, key checks. */
@RequiresVectors(AcvpVectors.DIR)
class MlKemAcvpTest {

    private static final HexFormat HEX = HexFormat.of();

    private static MlKemParameterSet ps(JsonNode g) {
        return MlKemParameterSet.valueOf(g.get("parameterSet").asText().replace('-', '_'));
    }

    @DisplayName("acvp ML-KEM-keyGen-FIPS203")
    @Test
    void keyGen() {
        VectorTally tally = new VectorTally("acvp ML-KEM-keyGen-FIPS203");
        for (JsonNode g : AcvpVectors.read("ML-KEM-keyGen-FIPS203").get("testGroups")) {
            for (JsonNode t : g.get("tests")) {
                tally.check("tcId " + t.get("tcId"), Expect.ACCEPT, Set.of(), () -> {
                    byte[] seed = HEX.parseHex(t.get("d").asText() + t.get("z").asText());
                    try (MlKemPrivateKey k = MlKemPrivateKey.fromSeed(ps(g), seed)) {
                        assertThat(HEX.formatHex(k.publicKey().bytes())).isEqualToIgnoringCase(t.get("ek").asText());
                        assertThat(HEX.formatHex(k.revealExpanded(SecretAccess.insecure()))).isEqualToIgnoringCase(t.get("dk").asText());
                    }
                });
            }
        }
        tally.finish();
    }

    @DisplayName("acvp ML-KEM-encapDecap-FIPS203")
    @Test
    void encapDecap() {
        VectorTally tally = new VectorTally("acvp ML-KEM-encapDecap-FIPS203");
        for (JsonNode g : AcvpVectors.read("ML-KEM-encapDecap-FIPS203").get("testGroups")) {
            MlKemParameterSet ps = ps(g);
            String function = g.get("function").asText();
            for (JsonNode t : g.get("tests")) {
                String id = function + " tcId " + t.get("tcId") + " " + t.path("reason").asText();
                Expect expect = t.path("testPassed").asBoolean(true) ? Expect.ACCEPT : Expect.REJECT;
                switch (function) {
                    case "encapsulation" -> tally.check(id, expect, Set.of(), () -> {
                        try (MlKemEncapsulation e = MlKemPublicKey.fromBytes(ps, hex(t.get("ek"))).encapsulate(new PqFixedRandom(hex(t.get("m"))))) {
                            assertThat(HEX.formatHex(e.ciphertext())).isEqualToIgnoringCase(t.get("c").asText());
                            assertThat(HEX.formatHex(e.sharedSecret().reveal(SecretAccess.insecure()))).isEqualToIgnoringCase(t.get("k").asText());
                        }
                    });
                    case "decapsulation" -> tally.check(id, expect, Set.of(), () -> {
                        try (MlKemPrivateKey k = MlKemPrivateKey.fromExpanded(ps, hex(t.get("dk")));
                                SharedSecret s = k.decapsulate(hex(t.get("c")))) {
                            assertThat(HEX.formatHex(s.reveal(SecretAccess.insecure()))).isEqualToIgnoringCase(t.get("k").asText());
                        }
                    });
                    case "decapsulationKeyCheck" -> tally.check(id, expect, EnumSet.of(Reason.INVALID_KEY, Reason.INVALID_ENCODING),
                            () -> MlKemPrivateKey.fromExpanded(ps, hex(t.get("dk"))).close());
                    case "encapsulationKeyCheck" -> tally.check(id, expect, EnumSet.of(Reason.INVALID_KEY, Reason.INVALID_ENCODING),
                            () -> MlKemPublicKey.fromBytes(ps, hex(t.get("ek"))));
                    default -> throw new AssertionError("unexpected function " + function);
                }
            }
        }
        tally.finish();
    }
}
