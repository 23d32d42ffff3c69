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
 * Wycheproof AEAD vectors (aead_test_schema_v1) through the hazmat entry point, which takes the vector's
 * nonce and tag length. Valid: seal gives ct||tag and open gives msg. Invalid: open refuses with the
 * reason the flag implies (and seal refuses too when the nonce itself is invalid). No file has
 * "acceptable" cases; one would fail the run until decided here.
 */
@RequiresVectors("wycheproof/testvectors_v1")
class WycheproofAeadTest {

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of(Aead.AES_GCM, VectorFile.wycheproof("aes_gcm_test.json")),
                Arguments.of(Aead.AES_GCM_SIV, VectorFile.wycheproof("aes_gcm_siv_test.json")),
                Arguments.of(Aead.CHACHA20_POLY1305, VectorFile.wycheproof("chacha20_poly1305_test.json")),
                Arguments.of(Aead.XCHACHA20_POLY1305, VectorFile.wycheproof("xchacha20_poly1305_test.json")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("files")
    void aead(Aead algorithm, VectorFile file) {
        VectorReport report = new VectorReport(file.name());
        for (VectorCase c : file.cases()) {
            report.record(c, c.result(), check(algorithm, c));
        }
        report.finish();
    }

    private static String check(Aead algorithm, VectorCase c) {
        SecretKeyMaterial key = SecretKeyMaterial.copyOf(c.hex("key"), SecretAccess.insecure());
        byte[] iv = c.hex("iv");
        byte[] aad = c.hex("aad");
        byte[] msg = c.hex("msg");
        byte[] ctTag = concat(c.hex("ct"), c.hex("tag"));
        int tagLength = c.groupInt("tagSize") / 8;
        switch (c.result()) {
            case "valid" -> {
                try {
                    byte[] sealed = InsecureNonceAead.seal(algorithm, key, iv, msg, aad, tagLength);
                    if (!Arrays.equals(sealed, ctTag)) {
                        return "seal gave a different ciphertext";
                    }
                    byte[] opened = InsecureNonceAead.open(algorithm, key, iv, ctTag, aad, tagLength);
                    return Arrays.equals(opened, msg) ? null : "open gave a different plaintext";
                } catch (CryptoException e) {
                    return "refused a valid case: " + e.reason();
                }
            }
            case "invalid" -> {
                Reason expected = expectedReason(c);
                String open = VectorReport.expectRefusal(() -> InsecureNonceAead.open(algorithm, key, iv, ctTag, aad, tagLength), expected);
                if (open != null || expected != Reason.INVALID_NONCE) {
                    return open == null ? null : "open " + open;
                }
                String seal = VectorReport.expectRefusal(() -> InsecureNonceAead.seal(algorithm, key, iv, msg, aad, tagLength), expected);
                return seal == null ? null : "seal " + seal;
            }
            default -> {
                return "undecided result '" + c.result() + "'";
            }
        }
    }

    /** Wycheproof flags → the reason corecrypto must give. */
    private static Reason expectedReason(VectorCase c) {
        if (c.flags().contains("ZeroLengthIv") || c.flags().contains("InvalidNonceSize")) {
            return Reason.INVALID_NONCE;
        }
        return Reason.AUTHENTICATION_FAILED; // ModifiedTag and every other tampering
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
