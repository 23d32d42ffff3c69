package dev.citadel.corecrypto.pq;

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
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wycheproof ML-KEM: seed key generation ({@code _keygen_seed_}), encapsulation with the vector's m
 * ({@code _encaps_}: modulus check and lengths), decapsulation from seed ({@code mlkem_*_test}) and from
 * expanded keys ({@code _semi_expanded_decaps_}: the FIPS 203 §7.3 checks). No acceptable cases.
 */
@RequiresVectors(WycheproofVectors.DIR)
class MlKemWycheproofTest {

    private static final HexFormat HEX = HexFormat.of();

    static List<String> files() {
        return WycheproofVectors.files("mlkem_.*_test\\.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void run(String file) {
        JsonNode root = WycheproofVectors.read(file);
        VectorTally tally = new VectorTally("wycheproof " + file);
        for (JsonNode group : root.get("testGroups")) {
            MlKemParameterSet ps = MlKemParameterSet.valueOf(group.get("parameterSet").asText().replace('-', '_'));
            for (JsonNode t : group.get("tests")) {
                Expect expect = "valid".equals(t.get("result").asText()) ? Expect.ACCEPT : Expect.REJECT;
                String id = "tcId " + t.get("tcId").asInt() + " " + t.path("comment").asText();
                switch (group.get("type").asText()) {
                    case "MLKEMKeyGen" -> tally.check(id, expect, EnumSet.of(Reason.INVALID_ENCODING), () -> {
                        try (MlKemPrivateKey k = MlKemPrivateKey.fromSeed(ps, hex(t.get("seed")))) {
                            assertThat(HEX.formatHex(k.publicKey().bytes())).isEqualTo(t.get("ek").asText());
                            assertThat(HEX.formatHex(k.revealExpanded(SecretAccess.insecure()))).isEqualTo(t.get("dk").asText());
                        }
                    });
                    case "MLKEMEncapsTest" -> tally.check(id, expect, EnumSet.of(Reason.INVALID_ENCODING, Reason.INVALID_KEY), () -> {
                        try (MlKemEncapsulation e = MlKemPublicKey.fromBytes(ps, hex(t.get("ek"))).encapsulate(new PqFixedRandom(hex(t.get("m"))))) {
                            assertThat(HEX.formatHex(e.ciphertext())).isEqualTo(t.get("c").asText());
                            assertThat(HEX.formatHex(e.sharedSecret().reveal(SecretAccess.insecure()))).isEqualTo(t.get("K").asText());
                        }
                    });
                    case "MLKEMTest" -> tally.check(id, expect, EnumSet.of(Reason.INVALID_ENCODING, Reason.INVALID_CIPHERTEXT), () -> {
                        try (MlKemPrivateKey k = MlKemPrivateKey.fromSeed(ps, hex(t.get("seed")));
                                SharedSecret s = k.decapsulate(hex(t.get("c")))) {
                            assertThat(HEX.formatHex(k.publicKey().bytes())).isEqualTo(t.get("ek").asText());
                            assertThat(HEX.formatHex(s.reveal(SecretAccess.insecure()))).isEqualTo(t.get("K").asText());
                        }
                    });
                    case "MLKEMDecapsValidationTest" -> tally.check(id, expect, EnumSet.of(Reason.INVALID_ENCODING, Reason.INVALID_KEY, Reason.INVALID_CIPHERTEXT), () -> {
                        try (MlKemPrivateKey k = MlKemPrivateKey.fromExpanded(ps, hex(t.get("dk")));
                                SharedSecret s = k.decapsulate(hex(t.get("c")))) {
                            assertThat(HEX.formatHex(s.reveal(SecretAccess.insecure()))).isEqualTo(t.get("K").asText());
                        }
                    });
                    default -> throw new AssertionError("unexpected group type " + group.get("type"));
                }
            }
        }
        tally.finish();
    }
}
