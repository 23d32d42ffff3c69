package dev.citadel.cryptokit.hpke;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.SecretAccess;
import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.Vectors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wycheproof HPKE (C2SP/wycheproof PR 273, provisional): every {@code hpke_*_test.json} file, base mode,
 * DHKEM(X25519) and ML-KEM-512/768/1024. Decrypt files run SetupBaseR + Open, and for valid cases also
 * the sender direction with the vector's {@code ikmE} (the ephemeral skE for DHKEM, ML-KEM's m).
 * Encap files import {@code pkRm} and run SetupBaseS + Seal. Failures are collected per file; each
 * invalid case must fail with a reason allowed for its flag. No case is skipped.
 */
@RequiresVectors("wycheproof/pr273-hpke")
class WycheproofHpkeTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final String DIR = "wycheproof/pr273-hpke/testvectors_v1";

    static Stream<String> files() throws IOException {
        try (Stream<Path> s = Files.list(Vectors.resolve(DIR))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.matches("hpke_.*_test\\.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void run(String file) throws IOException {
        JsonNode root;
        try (InputStream in = Vectors.open(Vectors.resolve(DIR + "/" + file))) {
            root = new ObjectMapper().readTree(in);
        }
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (JsonNode g : root.get("testGroups")) {
            Ciphersuite suite = new Ciphersuite(KemId.of(g.get("kemId").asInt()), KdfId.of(g.get("kdfId").asInt()), AeadId.of(g.get("aeadId").asInt()));
            boolean encap = "HpkeEncapTest".equals(g.get("type").asText());
            for (JsonNode t : g.get("tests")) {
                cases++;
                String id = file + " tcId " + t.get("tcId").asInt() + " " + t.get("flags") + " " + t.path("comment").asText();
                boolean valid = "valid".equals(t.get("result").asText());
                try {
                    if (encap) {
                        runEncap(suite, t);
                    } else {
                        runDecrypt(suite, t);
                    }
                    if (!valid) {
                        failures.add(id + ": accepted an invalid case");
                    }
                } catch (CryptoKitException e) {
                    if (valid) {
                        failures.add(id + ": rejected a valid case: " + e.getMessage());
                    } else if (!allowedReasons(t).contains(e.reason())) {
                        failures.add(id + ": rejected with " + e.reason() + ", expected one of " + allowedReasons(t));
                    }
                } catch (AssertionError e) {
                    failures.add(id + ": " + e.getMessage());
                }
            }
        }
        System.out.printf("wycheproof %s: %d cases, %d failures, 0 skipped%n", file, cases, failures.size());
        dev.citadel.testing.VectorCases.report("wycheproof " + file, cases - failures.size(), failures.size(), 0, java.util.Map.of());
        assertThat(failures).as(file).isEmpty();
        assertThat(cases).isEqualTo(root.get("numberOfTests").asInt());
    }

    private static void runDecrypt(Ciphersuite suite, JsonNode t) {
        byte[] pt = hex(t, "pt");
        try (HPKE.PrivateKey skR = HPKE.PrivateKey.of(suite.kem(), hex(t, "skRm"), SecretAccess.insecure())) {
            assertThat(HEX.formatHex(skR.publicKey().serialized())).isEqualTo(t.get("pkRm").asText());
            try (HPKE.Recipient r = HPKE.Recipient.base(suite, skR, hex(t, "info"), hex(t, "enc"))) {
                assertThat(r.open(hex(t, "ct"), hex(t, "aad"))).isEqualTo(pt);
            }
            if (t.has("ikmE")) {
                try (HPKE.Sender s = HPKE.Sender.withEphemeral(suite, Mode.BASE, skR.publicKey(), hex(t, "info"), null, new byte[0], null, hex(t, "ikmE"))) {
                    assertThat(HEX.formatHex(s.encapsulatedKey())).isEqualTo(t.get("enc").asText());
                    assertThat(HEX.formatHex(s.seal(pt, hex(t, "aad")))).isEqualTo(t.get("ct").asText());
                }
            }
        }
    }

    private static void runEncap(Ciphersuite suite, JsonNode t) {
        HPKE.PublicKey pkR = HPKE.PublicKey.of(suite.kem(), hex(t, "pkRm"));
        byte[] ephemeral = t.has("ikmE") ? hex(t, "ikmE") : new byte[Kem.of(suite.kem()).randomEphemeral(dev.citadel.cryptokit.RandomSource.system()).length];
        byte[] enc;
        byte[] ct;
        try (HPKE.Sender s = HPKE.Sender.withEphemeral(suite, Mode.BASE, pkR, hex(t, "info"), null, new byte[0], null, ephemeral)) {
            enc = s.encapsulatedKey();
            ct = s.seal(hex(t, "pt"), hex(t, "aad"));
        }
        assertThat(HEX.formatHex(enc)).isEqualTo(t.get("enc").asText());
        assertThat(HEX.formatHex(ct)).isEqualTo(t.get("ct").asText());
        if (t.has("skRm") && !t.get("skRm").asText().isEmpty()) {
            try (HPKE.PrivateKey skR = HPKE.PrivateKey.of(suite.kem(), hex(t, "skRm"), SecretAccess.insecure())) {
                assertThat(HPKE.open(suite, skR, hex(t, "info"), enc, ct, hex(t, "aad"))).isEqualTo(hex(t, "pt"));
            }
        }
    }

    /** The reasons an invalid case may fail with, decided by its flags. */
    private static Set<Reason> allowedReasons(JsonNode t) {
        Set<Reason> r = EnumSet.noneOf(Reason.class);
        for (JsonNode f : t.get("flags")) {
            switch (f.asText()) {
                case "WrongLengthEnc", "WrongLengthPublicKey" -> r.addAll(List.of(Reason.INVALID_ENCODING, Reason.TRAILING_BYTES));
                case "ModulusOverflow" -> r.add(Reason.INVALID_KEY);
                case "ZeroSharedSecret", "LowOrderPublic", "SmallOrderEnc" -> r.add(Reason.SMALL_ORDER);
                case "TruncatedCiphertext", "EmptyCiphertext" -> r.addAll(List.of(Reason.AUTHENTICATION_FAILURE, Reason.INVALID_CIPHERTEXT));
                case "ModifiedEnc", "WrongRecipientEnc", "AllZeroEnc", "ModifiedCiphertext", "ModifiedTag", "AppendedByteCiphertext",
                        "MismatchedEncCt", "WrongInfo", "WrongAad" -> r.add(Reason.AUTHENTICATION_FAILURE);
                default -> { }
            }
        }
        return r;
    }

    private static byte[] hex(JsonNode t, String field) {
        return HEX.parseHex(t.path(field).asText(""));
    }

}
