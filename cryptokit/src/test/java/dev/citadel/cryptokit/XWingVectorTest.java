package dev.citadel.cryptokit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.VectorCases;
import dev.citadel.testing.Vectors;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** draft-connolly-cfrg-xwing-kem test vectors (spec/test-vectors.json): key generation, encapsulation, decapsulation. */
@RequiresVectors("xwing")
class XWingVectorTest {

    private static final HexFormat HEX = HexFormat.of();

    static List<JsonNode> cases() throws IOException {
        try (InputStream in = Vectors.open(Vectors.resolve("xwing/test-vectors.json"))) {
            List<JsonNode> out = new ArrayList<>();
            new ObjectMapper().readTree(in).forEach(out::add);
            return out;
        }
    }

    @ParameterizedTest(name = "xwing test-vectors.json #{index}")
    @MethodSource("cases")
    void vector(JsonNode v) {
        boolean passed = false;
        try {
            check(v);
            passed = true;
        } finally {
            VectorCases.report("xwing test-vectors.json", passed ? 1 : 0, passed ? 0 : 1, 0, java.util.Map.of());
        }
    }

    private static void check(JsonNode v) {
        byte[] seed = HEX.parseHex(v.get("sk").asText());
        try (XWing.PrivateKey sk = XWing.PrivateKey.fromSeedRepresentation(seed, SecretAccess.insecure())) {
            assertThat(HEX.formatHex(sk.publicKey().rawRepresentation())).isEqualTo(v.get("pk").asText());
            XWing.PublicKey pk = XWing.PublicKey.fromRawRepresentation(HEX.parseHex(v.get("pk").asText()));
            FixedRandom eseed = new FixedRandom(HEX.parseHex(v.get("eseed").asText()));
            try (EncapsulationResult r = pk.encapsulate(eseed);
                    SymmetricKey ss = sk.decapsulate(HEX.parseHex(v.get("ct").asText()))) {
                assertThat(eseed.exhausted()).isTrue();
                assertThat(HEX.formatHex(r.encapsulated())).isEqualTo(v.get("ct").asText());
                assertThat(HEX.formatHex(r.sharedSecret().reveal(SecretAccess.insecure()))).isEqualTo(v.get("ss").asText());
                assertThat(HEX.formatHex(ss.reveal(SecretAccess.insecure()))).isEqualTo(v.get("ss").asText());
            }
        }
    }

    @Test
    void wrongLengthsAreRefusedWithReasons() {
        try (XWing.PrivateKey sk = XWing.PrivateKey.generate()) {
            assertThatThrownBy(() -> sk.decapsulate(new byte[1119]))
                    .isInstanceOfSatisfying(CryptoKitException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CIPHERTEXT));
            byte[] pk = sk.publicKey().rawRepresentation();
            assertThatThrownBy(() -> XWing.PublicKey.fromRawRepresentation(java.util.Arrays.copyOf(pk, pk.length + 1)))
                    .isInstanceOfSatisfying(CryptoKitException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TRAILING_BYTES));
            assertThatThrownBy(() -> XWing.PrivateKey.fromSeedRepresentation(new byte[31], SecretAccess.insecure()))
                    .isInstanceOfSatisfying(CryptoKitException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_ENCODING));
        }
    }

    @Test
    void roundTrip() {
        try (XWing.PrivateKey sk = XWing.PrivateKey.generate(); EncapsulationResult r = sk.publicKey().encapsulate();
                SymmetricKey k = sk.decapsulate(r.encapsulated())) {
            assertThat(k).isEqualTo(r.sharedSecret());
        }
    }
}
