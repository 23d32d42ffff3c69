package dev.citadel.corecrypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.Vectors;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** NIST ACVP SHA2 algorithm functional tests (AFT). MCT and LDT groups belong to the crypto suite. */
@RequiresVectors("acvp/acvp")
class Sha2AcvpTest {

    record Aft(HashAlgorithm algorithm, int tcId, byte[] msg, byte[] md) {
        @Override
        public String toString() {
            return algorithm + " tcId=" + tcId;
        }
    }

    static Stream<Arguments> aft() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        cases.addAll(read(HashAlgorithm.SHA_256, "SHA2-256-1.0"));
        cases.addAll(read(HashAlgorithm.SHA_384, "SHA2-384-1.0"));
        cases.addAll(read(HashAlgorithm.SHA_512, "SHA2-512-1.0"));
        return cases.stream();
    }

    private static List<Arguments> read(HashAlgorithm algorithm, String dir) throws IOException {
        var hex = HexFormat.of();
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = Vectors.open(Vectors.resolve("acvp/acvp/" + dir + "/internalProjection.json.gz"))) {
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode group : root.get("testGroups")) {
                if (!"AFT".equals(group.get("testType").asText())) {
                    continue;
                }
                for (JsonNode t : group.get("tests")) {
                    int bits = t.get("len").asInt();
                    byte[] msg = hex.parseHex(t.get("msg").asText());
                    byte[] whole = java.util.Arrays.copyOf(msg, bits / 8);
                    if (bits % 8 != 0) {
                        continue; // bit-oriented messages: Citadel hashes bytes only
                    }
                    out.add(Arguments.of(new Aft(algorithm, t.get("tcId").asInt(), whole, hex.parseHex(t.get("md").asText()))));
                }
            }
        }
        assertThat(out).as("AFT cases in %s", dir).isNotEmpty();
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aft")
    @RequiresVectors("acvp/acvp")
    void digestMatchesAcvp(Aft v) {
        assertThat(HexFormat.of().formatHex(v.algorithm().digest(v.msg())))
                .isEqualTo(HexFormat.of().formatHex(v.md()));
    }
}
