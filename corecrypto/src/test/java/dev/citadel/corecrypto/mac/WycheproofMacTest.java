package dev.citadel.corecrypto.mac;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.vectors.VectorCase;
import dev.citadel.corecrypto.vectors.VectorFile;
import dev.citadel.corecrypto.vectors.VectorReport;
import dev.citadel.testing.RequiresVectors;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wycheproof MAC vectors (mac_test_schema_v1): every HMAC file and AES-CMAC. Groups with a tag shorter
 * than the MAC use the explicit truncation API. Valid: the computed (truncated) tag matches and verify
 * returns. Invalid: verify throws AUTHENTICATION_FAILED, or INVALID_KEY_SIZE for the CMAC key-size cases.
 */
@RequiresVectors("wycheproof/testvectors_v1")
class WycheproofMacTest {

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of(MacAlgorithm.HMAC_SHA1, "hmac_sha1_test.json"),
                Arguments.of(MacAlgorithm.HMAC_SHA224, "hmac_sha224_test.json"),
                Arguments.of(MacAlgorithm.HMAC_SHA256, "hmac_sha256_test.json"),
                Arguments.of(MacAlgorithm.HMAC_SHA384, "hmac_sha384_test.json"),
                Arguments.of(MacAlgorithm.HMAC_SHA512, "hmac_sha512_test.json"),
                Arguments.of(MacAlgorithm.HMAC_SHA512_224, "hmac_sha512_224_test.json"),
                Arguments.of(MacAlgorithm.HMAC_SHA512_256, "hmac_sha512_256_test.json"),
                Arguments.of(MacAlgorithm.HMAC_SHA3_224, "hmac_sha3_224_test.json"),
                Arguments.of(MacAlgorithm.HMAC_SHA3_256, "hmac_sha3_256_test.json"),
                Arguments.of(MacAlgorithm.HMAC_SHA3_384, "hmac_sha3_384_test.json"),
                Arguments.of(MacAlgorithm.HMAC_SHA3_512, "hmac_sha3_512_test.json"),
                Arguments.of(MacAlgorithm.AES_CMAC, "aes_cmac_test.json"))
                .map(a -> Arguments.of(a.get()[0], VectorFile.wycheproof((String) a.get()[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("files")
    void mac(MacAlgorithm algorithm, VectorFile file) {
        VectorReport report = new VectorReport(file.name());
        for (VectorCase c : file.cases()) {
            report.record(c, c.result(), check(algorithm, c));
        }
        report.finish();
    }

    private static String check(MacAlgorithm algorithm, VectorCase c) {
        SecretKeyMaterial key = SecretKeyMaterial.copyOf(c.hex("key"), SecretAccess.insecure());
        byte[] msg = c.hex("msg");
        byte[] tag = c.hex("tag");
        int tagLength = c.groupInt("tagSize") / 8;
        Runnable verify = () -> algorithm.verifyTruncated(key, tagLength, tag, msg);
        switch (c.result()) {
            case "valid" -> {
                try {
                    if (!Arrays.equals(algorithm.computeTruncated(key, tagLength, msg), tag)) {
                        return "computed a different tag";
                    }
                    verify.run();
                    if (tagLength == algorithm.tagLength()) {
                        algorithm.verify(key, tag, msg);
                    }
                    return null;
                } catch (CryptoException e) {
                    return "refused a valid case: " + e.reason();
                }
            }
            case "invalid" -> {
                Reason expected = c.flags().contains("InvalidKeySize") ? Reason.INVALID_KEY_SIZE : Reason.AUTHENTICATION_FAILED;
                return VectorReport.expectRefusal(verify, expected);
            }
            default -> {
                return "undecided result '" + c.result() + "'";
            }
        }
    }
}
