package dev.citadel.corecrypto.cipher;

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
 * Wycheproof key-wrap vectors (keywrap_test_schema_v1) for KW (RFC 3394) and KWP (RFC 5649).
 * Valid: wrap(msg) = ct and unwrap(ct) = msg. Invalid: unwrap(ct) refuses with the flag's reason, and
 * wrap(msg) refuses when msg itself is not wrappable. "Acceptable" (aes_wrap ShortKey: an 8-byte key
 * under KW) is decided as REJECTED: SP 800-38F §5.3.1 requires at least two semiblocks for KW-AE.
 */
@RequiresVectors("wycheproof/testvectors_v1")
class WycheproofKeyWrapTest {

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of(AesKeyWrap.KW, VectorFile.wycheproof("aes_wrap_test.json")),
                Arguments.of(AesKeyWrap.KWP, VectorFile.wycheproof("aes_kwp_test.json")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("files")
    void keyWrap(AesKeyWrap mode, VectorFile file) {
        VectorReport report = new VectorReport(file.name());
        for (VectorCase c : file.cases()) {
            report.record(c, c.result(), check(mode, c));
        }
        report.finish();
    }

    private static String check(AesKeyWrap mode, VectorCase c) {
        SecretKeyMaterial kek = SecretKeyMaterial.copyOf(c.hex("key"), SecretAccess.insecure());
        SecretKeyMaterial msg = SecretKeyMaterial.copyOf(c.hex("msg"), SecretAccess.insecure());
        byte[] ct = c.hex("ct");
        if (c.result().equals("valid")) {
            try {
                if (!Arrays.equals(mode.wrap(kek, msg), ct)) {
                    return "wrap gave a different result";
                }
                return mode.unwrap(kek, ct).equalsSecret(msg) ? null : "unwrap gave a different key";
            } catch (CryptoException e) {
                return "refused a valid case: " + e.reason();
            }
        }
        if (!c.result().equals("invalid") && !c.flags().contains("ShortKey")) {
            return "undecided result '" + c.result() + "'";
        }
        String unwrap = VectorReport.expectRefusal(() -> mode.unwrap(kek, ct), unwrapReason(mode, ct));
        if (unwrap != null) {
            return "unwrap " + unwrap;
        }
        if (!wrappable(mode, msg.size())) {
            String wrap = VectorReport.expectRefusal(() -> mode.wrap(kek, msg), Reason.INVALID_INPUT);
            return wrap == null ? null : "wrap " + wrap;
        }
        return null;
    }

    /** A wrapped length no wrap can produce is malformed; anything else fails the integrity check. */
    private static Reason unwrapReason(AesKeyWrap mode, byte[] ct) {
        int min = mode == AesKeyWrap.KW ? 24 : 16;
        return ct.length < min || ct.length % 8 != 0 ? Reason.INVALID_CIPHERTEXT : Reason.AUTHENTICATION_FAILED;
    }

    private static boolean wrappable(AesKeyWrap mode, int length) {
        return mode == AesKeyWrap.KWP ? length >= 1 : length >= 16 && length % 8 == 0;
    }
}
