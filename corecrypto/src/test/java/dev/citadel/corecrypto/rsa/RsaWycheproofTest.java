package dev.citadel.corecrypto.rsa;

import static dev.citadel.corecrypto.pk.WycheproofVectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.pk.SignatureHash;
import dev.citadel.corecrypto.pk.WycheproofHashes;
import dev.citadel.corecrypto.pk.WycheproofVectors;
import dev.citadel.corecrypto.pk.VectorTally.Expect;
import dev.citadel.corecrypto.pk.VectorTally;
import dev.citadel.testing.RequiresVectors;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wycheproof RSA: PKCS#1 v1.5 verification ({@code rsa_signature_*}), PKCS#1 v1.5 deterministic signing
 * ({@code rsa_pkcs1_*_sig_gen_*}), PSS verification ({@code rsa_pss_*}, keys taken from the PKCS#1
 * {@code publicKeyAsn}; the {@code _params} files differ only in their SPKI), OAEP decryption
 * ({@code rsa_oaep_*}, {@code rsa_three_primes_oaep_*}).
 *
 * <p>Decisions: groups whose hash or MGF is SHA-1 or SHAKE are counted as skipped ("not offered"):
 * Citadel's API cannot express them. Keys below 2048 bits must be refused with UNSUPPORTED_PARAMETERS.
 * "Acceptable" PKCS#1 signatures without the NULL parameter ({@code MissingNull}) are ACCEPTED
 * (RFC 5754 §2: implementations MUST accept SHA-2 AlgorithmIdentifiers with absent parameters; the
 * JDK engine does); three-prime keys are refused with UNSUPPORTED_PARAMETERS; the "acceptable"
 * constructed small OAEP ciphertexts are ACCEPTED (they are valid RSAES-OAEP ciphertexts).
 */
@RequiresVectors(WycheproofVectors.DIR)
class RsaWycheproofTest {

    static List<String> files() {
        return WycheproofVectors.files("rsa_(signature|pss|oaep|three_primes_oaep|pkcs1_\\d+_sig_gen).*_test\\.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void run(String file) {
        JsonNode root = WycheproofVectors.read(file);
        VectorTally tally = new VectorTally("wycheproof " + file);
        for (JsonNode group : root.get("testGroups")) {
            switch (group.get("type").asText()) {
                case "RsassaPkcs1Verify" -> pkcs1Verify(group, tally);
                case "RsassaPkcs1Generate" -> pkcs1Generate(group, tally);
                case "RsassaPssVerify", "RsassaPssWithParametersVerify" -> pssVerify(group, tally);
                case "RsaesOaepDecrypt" -> oaepDecrypt(group, tally);
                default -> throw new AssertionError("unexpected group type " + group.get("type"));
            }
        }
        tally.finish();
    }

    private static void pkcs1Verify(JsonNode group, VectorTally tally) {
        Optional<SignatureHash> hash = WycheproofHashes.of(group.get("sha").asText());
        if (hash.isEmpty()) {
            group.get("tests").forEach(t -> tally.skip("hash " + group.get("sha").asText() + " not offered"));
            return;
        }
        RsaPublicKey key = RsaPublicKey.fromSpki(hex(group.get("publicKeyDer")));
        assertThat(RsaPublicKey.fromPkcs1(hex(group.get("publicKeyAsn")))).isEqualTo(key);
        for (JsonNode t : group.get("tests")) {
            Expect expect = "valid".equals(t.get("result").asText()) || WycheproofVectors.flags(t).contains("MissingNull") ? Expect.ACCEPT : Expect.REJECT;
            tally.check(id(t), expect, Set.of(Reason.INVALID_SIGNATURE), () -> key.verifyPkcs1(hex(t.get("msg")), hex(t.get("sig")), hash.get()));
        }
    }

    private static void pkcs1Generate(JsonNode group, VectorTally tally) {
        Optional<SignatureHash> hash = WycheproofHashes.of(group.get("sha").asText());
        if (hash.isEmpty()) {
            group.get("tests").forEach(t -> tally.skip("hash " + group.get("sha").asText() + " not offered"));
            return;
        }
        byte[] pkcs8 = hex(group.get("privateKeyPkcs8"));
        boolean small = group.get("keySize").asInt() < RsaPublicKey.MIN_MODULUS_BITS;
        for (JsonNode t : group.get("tests")) {
            if (small) {
                tally.check(id(t), Expect.REJECT, Set.of(Reason.UNSUPPORTED_PARAMETERS), () -> RsaPrivateKey.fromPkcs8(pkcs8));
                continue;
            }
            tally.check(id(t), Expect.ACCEPT, Set.of(), () -> {
                try (RsaPrivateKey key = RsaPrivateKey.fromPkcs8(pkcs8)) {
                    assertThat(HexFormat.of().formatHex(key.signPkcs1(hex(t.get("msg")), hash.get()))).isEqualTo(t.get("sig").asText());
                }
            });
        }
    }

    private static void pssVerify(JsonNode group, VectorTally tally) {
        Optional<SignatureHash> hash = WycheproofHashes.of(group.get("sha").asText());
        Optional<SignatureHash> mgf = "MGF1".equals(group.get("mgf").asText()) ? WycheproofHashes.of(group.get("mgfSha").asText()) : Optional.empty();
        if (hash.isEmpty() || mgf.isEmpty()) {
            group.get("tests").forEach(t -> tally.skip(group.get("sha").asText() + "/" + group.get("mgf").asText() + " " + group.get("mgfSha").asText() + " not offered"));
            return;
        }
        RsaPssParameters params = new RsaPssParameters(hash.get(), mgf.get(), group.get("sLen").asInt());
        byte[] pkcs1 = hex(group.get("publicKeyAsn"));
        for (JsonNode t : group.get("tests")) {
            Expect expect = "valid".equals(t.get("result").asText()) ? Expect.ACCEPT : Expect.REJECT;
            tally.check(id(t), expect, Set.of(Reason.INVALID_SIGNATURE), () -> RsaPublicKey.fromPkcs1(pkcs1).verifyPss(hex(t.get("msg")), hex(t.get("sig")), params));
        }
    }

    private static void oaepDecrypt(JsonNode group, VectorTally tally) {
        Optional<SignatureHash> hash = WycheproofHashes.of(group.get("sha").asText());
        Optional<SignatureHash> mgf = WycheproofHashes.of(group.get("mgfSha").asText());
        if (hash.isEmpty() || mgf.isEmpty()) {
            group.get("tests").forEach(t -> tally.skip("OAEP " + group.get("sha").asText() + "/MGF1-" + group.get("mgfSha").asText() + " not offered"));
            return;
        }
        byte[] pkcs8 = hex(group.get("privateKeyPkcs8"));
        if (group.get("keySize").asInt() < RsaPublicKey.MIN_MODULUS_BITS || group.get("privateKey").has("otherPrimeInfos")) {
            for (JsonNode t : group.get("tests")) {
                tally.check(id(t), Expect.REJECT, Set.of(Reason.UNSUPPORTED_PARAMETERS), () -> RsaPrivateKey.fromPkcs8(pkcs8));
            }
            return;
        }
        RsaOaepParameters params = new RsaOaepParameters(hash.get(), mgf.get());
        try (RsaPrivateKey key = RsaPrivateKey.fromPkcs8(pkcs8)) {
            for (JsonNode t : group.get("tests")) {
                Expect expect = "invalid".equals(t.get("result").asText()) ? Expect.REJECT : Expect.ACCEPT;
                tally.check(id(t), expect, Set.of(Reason.INVALID_CIPHERTEXT), () -> assertThat(HexFormat.of().formatHex(
                        key.decryptOaep(hex(t.get("ct")), hex(t.get("label")), params))).isEqualTo(t.get("msg").asText()));
            }
        } catch (InvalidInputException e) {
            throw new AssertionError("key refused: " + e, e);
        }
    }

    private static String id(JsonNode t) {
        return "tcId " + t.get("tcId").asInt() + " " + WycheproofVectors.flags(t);
    }

}
