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
 * NIST ACVP MAC vectors: HMAC (FIPS 198-1) AFT with truncated macLen, and CMAC-AES (SP 800-38B) gen and
 * ver. A failing ver case must throw AUTHENTICATION_FAILED.
 */
@RequiresVectors("acvp/acvp")
class AcvpMacTest {

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of(MacAlgorithm.HMAC_SHA1, "HMAC-SHA-1-2.0"),
                Arguments.of(MacAlgorithm.HMAC_SHA224, "HMAC-SHA2-224-2.0"),
                Arguments.of(MacAlgorithm.HMAC_SHA256, "HMAC-SHA2-256-2.0"),
                Arguments.of(MacAlgorithm.HMAC_SHA384, "HMAC-SHA2-384-2.0"),
                Arguments.of(MacAlgorithm.HMAC_SHA512, "HMAC-SHA2-512-2.0"),
                Arguments.of(MacAlgorithm.HMAC_SHA3_256, "HMAC-SHA3-256-2.0"),
                Arguments.of(MacAlgorithm.HMAC_SHA3_384, "HMAC-SHA3-384-2.0"),
                Arguments.of(MacAlgorithm.HMAC_SHA3_512, "HMAC-SHA3-512-2.0"),
                Arguments.of(MacAlgorithm.AES_CMAC, "CMAC-AES-1.0"))
                .map(a -> Arguments.of(a.get()[0], VectorFile.acvp((String) a.get()[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("files")
    void mac(MacAlgorithm algorithm, VectorFile file) {
        VectorReport report = new VectorReport(file.name());
        for (VectorCase c : file.cases()) {
            boolean cmac = algorithm == MacAlgorithm.AES_CMAC;
            int macBits = cmac ? c.groupInt("macLen") : c.integer("macLen");
            int msgBits = cmac ? c.groupInt("msgLen") : c.integer("msgLen");
            if (macBits % 8 != 0 || msgBits % 8 != 0) {
                report.skip("bit-oriented length");
                continue;
            }
            SecretKeyMaterial key = SecretKeyMaterial.copyOf(c.hex("key"), SecretAccess.insecure());
            byte[] msg = Arrays.copyOf(c.hex(cmac ? "message" : "msg"), msgBits / 8);
            byte[] mac = c.hex("mac");
            String direction = cmac ? c.groupText("direction") : "gen";
            String failure;
            try {
                if (direction.equals("gen")) {
                    failure = Arrays.equals(algorithm.computeTruncated(key, macBits / 8, msg), mac) ? null : "tag differs";
                    if (failure == null) {
                        algorithm.verifyTruncated(key, macBits / 8, mac, msg);
                    }
                } else if (c.test().get("testPassed").asBoolean()) {
                    algorithm.verifyTruncated(key, macBits / 8, mac, msg);
                    failure = null;
                } else {
                    failure = VectorReport.expectRefusal(() -> algorithm.verifyTruncated(key, macBits / 8, mac, msg),
                            Reason.AUTHENTICATION_FAILED);
                }
            } catch (CryptoException e) {
                failure = "refused: " + e.reason();
            }
            report.record(c, direction, failure);
        }
        report.finish();
    }
}
