package dev.citadel.corecrypto.aead;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.hazmat.InsecureNonceAead;
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
 * NIST ACVP AEAD vectors: ACVP-AES-GCM (SP 800-38D; external IVs of 96 and 120 bits, 128- and 32-bit
 * tags) and ACVP-AES-GCM-SIV (RFC 8452; ct carries the tag). A decrypt case with testPassed=false must
 * throw AUTHENTICATION_FAILED. Internal-IV groups (the IUT picks the IV) would be skipped; these files
 * have none.
 */
@RequiresVectors("acvp/acvp")
class AcvpAeadTest {

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of(Aead.AES_GCM, VectorFile.acvp("ACVP-AES-GCM-1.0")),
                Arguments.of(Aead.AES_GCM_SIV, VectorFile.acvp("ACVP-AES-GCM-SIV-1.0")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("files")
    void aead(Aead algorithm, VectorFile file) {
        VectorReport report = new VectorReport(file.name());
        for (VectorCase c : file.cases()) {
            if (c.groupText("ivGen").equals("internal")) {
                report.skip("internal IV generation");
                continue;
            }
            if (c.groupInt("payloadLen") % 8 != 0 || c.groupInt("aadLen") % 8 != 0) {
                report.skip("bit-oriented length");
                continue;
            }
            String direction = c.groupText("direction");
            report.record(c, direction, check(algorithm, c, direction));
        }
        report.finish();
    }

    private static String check(Aead algorithm, VectorCase c, String direction) {
        SecretKeyMaterial key = SecretKeyMaterial.copyOf(c.hex("key"), SecretAccess.insecure());
        byte[] iv = c.hex("iv");
        byte[] aad = c.hex("aad");
        int tagLength = algorithm == Aead.AES_GCM ? c.groupInt("tagLen") / 8 : Aead.TAG_LENGTH;
        byte[] ctTag = algorithm == Aead.AES_GCM ? concat(c.hex("ct"), c.hex("tag")) : c.hex("ct");
        try {
            if (direction.equals("encrypt")) {
                return Arrays.equals(InsecureNonceAead.seal(algorithm, key, iv, c.hex("pt"), aad, tagLength), ctTag) ? null : "seal differs";
            }
            if (!c.test().path("testPassed").asBoolean(true)) {
                return VectorReport.expectRefusal(() -> InsecureNonceAead.open(algorithm, key, iv, ctTag, aad, tagLength),
                        Reason.AUTHENTICATION_FAILED);
            }
            return Arrays.equals(InsecureNonceAead.open(algorithm, key, iv, ctTag, aad, tagLength), c.hex("pt")) ? null : "open differs";
        } catch (CryptoException e) {
            return "refused: " + e.reason();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
