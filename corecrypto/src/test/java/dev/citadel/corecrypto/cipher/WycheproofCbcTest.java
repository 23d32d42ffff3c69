package dev.citadel.corecrypto.cipher;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.hazmat.InsecureIvCipher;
import dev.citadel.corecrypto.vectors.VectorCase;
import dev.citadel.corecrypto.vectors.VectorFile;
import dev.citadel.corecrypto.vectors.VectorReport;
import dev.citadel.testing.RequiresVectors;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wycheproof AES-CBC with PKCS#5/#7 padding (ind_cpa_test_schema_v1) through the explicit-IV hazmat entry
 * point, and the same ciphertexts as {@code IV || ct} through {@link AesCbc#decrypt}. Invalid cases:
 * BadPadding → INVALID_PADDING, NoPadding (empty ciphertext) → INVALID_CIPHERTEXT.
 */
@RequiresVectors("wycheproof/testvectors_v1")
class WycheproofCbcTest {

    static Stream<VectorFile> files() {
        return Stream.of(VectorFile.wycheproof("aes_cbc_pkcs5_test.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void cbc(VectorFile file) {
        VectorReport report = new VectorReport(file.name());
        for (VectorCase c : file.cases()) {
            report.record(c, c.result(), check(c));
        }
        report.finish();
    }

    private static String check(VectorCase c) {
        SecretKeyMaterial key = SecretKeyMaterial.copyOf(c.hex("key"), SecretAccess.insecure());
        byte[] iv = c.hex("iv");
        byte[] msg = c.hex("msg");
        byte[] ct = c.hex("ct");
        byte[] framed = Arrays.copyOf(iv, iv.length + ct.length);
        System.arraycopy(ct, 0, framed, iv.length, ct.length);
        switch (c.result()) {
            case "valid" -> {
                try {
                    if (!Arrays.equals(InsecureIvCipher.cbcPkcs7Encrypt(key, iv, msg), ct)) {
                        return "encrypt gave a different ciphertext";
                    }
                    if (!Arrays.equals(InsecureIvCipher.cbcPkcs7Decrypt(key, iv, ct), msg)) {
                        return "decrypt gave a different plaintext";
                    }
                    return Arrays.equals(AesCbc.decrypt(key, framed), msg) ? null : "AesCbc.decrypt differs";
                } catch (CryptoException e) {
                    return "refused a valid case: " + e.reason();
                }
            }
            case "invalid" -> {
                Reason expected = c.flags().contains("NoPadding") && ct.length == 0 ? Reason.INVALID_CIPHERTEXT : Reason.INVALID_PADDING;
                String hazmat = VectorReport.expectRefusal(() -> InsecureIvCipher.cbcPkcs7Decrypt(key, iv, ct), expected);
                String framedResult = VectorReport.expectRefusal(() -> AesCbc.decrypt(key, framed), expected);
                return hazmat != null ? "hazmat " + hazmat : framedResult != null ? "AesCbc " + framedResult : null;
            }
            default -> {
                return "undecided result '" + c.result() + "'";
            }
        }
    }
}
