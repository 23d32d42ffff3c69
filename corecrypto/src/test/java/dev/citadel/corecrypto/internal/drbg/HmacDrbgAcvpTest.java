package dev.citadel.corecrypto.internal.drbg;

import static dev.citadel.corecrypto.pk.AcvpVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.pk.AcvpVectors;
import dev.citadel.corecrypto.pk.VectorTally;
import dev.citadel.corecrypto.pk.VectorTally.Expect;
import dev.citadel.testing.RequiresVectors;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * NIST ACVP HMAC_DRBG (SP 800-90A Rev. 1), {@code hmacDRBG-SP800-90Ar1/internalProjection.json.gz}: every
 * group, every hash, with and without prediction resistance (the file's groups all reseed). Entropy is
 * scripted from the case through the public {@link Drbg} functions, so the §9 logic (prediction resistance
 * reseeds before generate and consumes the additional input) is what is validated, not only the mechanism.
 */
@RequiresVectors(AcvpVectors.DIR + "/hmacDRBG-SP800-90Ar1")
class HmacDrbgAcvpTest {

    private static final String FILE = "hmacDRBG-SP800-90Ar1";

    static HashAlgorithm hash(String mode) {
        return switch (mode) {
            case "SHA-1" -> HashAlgorithm.SHA_1;
            case "SHA2-224" -> HashAlgorithm.SHA_224;
            case "SHA2-256" -> HashAlgorithm.SHA_256;
            case "SHA2-384" -> HashAlgorithm.SHA_384;
            case "SHA2-512" -> HashAlgorithm.SHA_512;
            case "SHA2-512/224" -> HashAlgorithm.SHA_512_224;
            case "SHA2-512/256" -> HashAlgorithm.SHA_512_256;
            case "SHA3-224" -> HashAlgorithm.SHA3_224;
            case "SHA3-256" -> HashAlgorithm.SHA3_256;
            case "SHA3-384" -> HashAlgorithm.SHA3_384;
            case "SHA3-512" -> HashAlgorithm.SHA3_512;
            default -> throw new IllegalArgumentException(mode);
        };
    }

    @DisplayName("acvp " + FILE)
    @Test
    void internalProjection() {
        VectorTally tally = new VectorTally("acvp " + FILE);
        Map<String, Integer> perGroup = new TreeMap<>();
        for (JsonNode g : AcvpVectors.read(FILE).get("testGroups")) {
            String mode = g.get("mode").asText();
            boolean pr = g.get("predResistance").asBoolean();
            boolean derFunc = g.get("derFunc").asBoolean();
            int outLength = g.get("returnedBitsLen").asInt() / 8;
            String label = mode + (pr ? " PR" : " noPR") + (g.get("reSeed").asBoolean() ? " reseed" : "");
            for (JsonNode t : g.get("tests")) {
                if (derFunc) { // HMAC_DRBG has no derivation function; the file has no such group
                    tally.skip("derFunc group");
                    continue;
                }
                perGroup.merge(label, 1, Integer::sum);
                tally.check("tgId " + g.get("tgId") + " tcId " + t.get("tcId"), Expect.ACCEPT, Set.of(), () -> {
                    Deque<byte[]> script = new ArrayDeque<>();
                    script.add(hex(t.get("entropyInput")));
                    script.add(hex(t.get("nonce")));
                    for (JsonNode o : t.get("otherInput")) {
                        if (o.get("intendedUse").asText().equals("reSeed") || pr) {
                            script.add(hex(o.get("entropyInput")));
                        }
                    }
                    byte[] out = new byte[outLength];
                    try (Drbg drbg = Drbg.instantiate(hash(mode), bits -> script.remove(), pr, hex(t.get("persoString")))) {
                        for (JsonNode o : t.get("otherInput")) {
                            byte[] additional = hex(o.get("additionalInput"));
                            switch (o.get("intendedUse").asText()) {
                                case "reSeed" -> drbg.reseed(additional);
                                case "generate" -> drbg.generate(out, additional, pr);
                                default -> throw new IllegalArgumentException(o.get("intendedUse").asText());
                            }
                        }
                    }
                    assertThat(script).as("entropy inputs consumed").isEmpty();
                    assertThat(HexFormat.of().formatHex(out)).isEqualToIgnoringCase(t.get("returnedBits").asText());
                });
            }
        }
        System.out.println("acvp " + FILE + " cases per group: " + perGroup);
        tally.finish();
        assertThat(perGroup).containsKeys("SHA2-256 PR reseed", "SHA2-256 noPR reseed", "SHA2-512 PR reseed", "SHA2-512 noPR reseed");
    }
}
