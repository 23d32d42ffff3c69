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
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * NIST ACVP AES mode vectors: ECB and CBC (SP 800-38A; AFT and the AESAVS Monte Carlo tests), CTR (AFT
 * with given counter blocks), KW and KWP (SP 800-38F; AE and AD, failing AD → AUTHENTICATION_FAILED).
 * Skipped: CTR payloads that are not whole bytes, and KW/KWP groups with {@code kwCipher=inverse} (the
 * variant built on the AES inverse cipher, which Citadel does not offer).
 */
@RequiresVectors("acvp/acvp")
class AcvpAesModesTest {

    enum Mode { ECB, CBC, CTR, KW, KWP }

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of(Mode.ECB, "ACVP-AES-ECB-1.0"), Arguments.of(Mode.CBC, "ACVP-AES-CBC-1.0"),
                Arguments.of(Mode.CTR, "ACVP-AES-CTR-1.0"), Arguments.of(Mode.KW, "ACVP-AES-KW-1.0"),
                Arguments.of(Mode.KWP, "ACVP-AES-KWP-1.0"))
                .map(a -> Arguments.of(a.get()[0], VectorFile.acvp((String) a.get()[1])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("files")
    void mode(Mode mode, VectorFile file) {
        VectorReport report = new VectorReport(file.name());
        for (VectorCase c : file.cases()) {
            String direction = c.groupText("direction");
            String type = c.groupText("testType");
            if (c.groupText("kwCipher").equals("inverse")) {
                report.skip("kwCipher=inverse");
                continue;
            }
            if (mode == Mode.CTR && c.integer("payloadLen") % 8 != 0) {
                report.skip("bit-oriented payload");
                continue;
            }
            String failure;
            try {
                failure = type.equals("MCT") ? mct(mode, c, direction.equals("encrypt")) : aft(mode, c, direction.equals("encrypt"));
            } catch (CryptoException e) {
                failure = "refused: " + e.reason();
            }
            report.record(c, type + " " + direction, failure);
        }
        report.finish();
    }

    private static String aft(Mode mode, VectorCase c, boolean encrypt) {
        SecretKeyMaterial key = SecretKeyMaterial.copyOf(c.hex("key"), SecretAccess.insecure());
        if ((mode == Mode.KW || mode == Mode.KWP) && !encrypt && !c.test().path("testPassed").asBoolean(true)) {
            AesKeyWrap wrap = mode == Mode.KW ? AesKeyWrap.KW : AesKeyWrap.KWP;
            return VectorReport.expectRefusal(() -> wrap.unwrap(key, c.hex("ct")), Reason.AUTHENTICATION_FAILED);
        }
        byte[] in = c.hex(encrypt ? "pt" : "ct");
        byte[] want = c.hex(encrypt ? "ct" : "pt");
        byte[] got = switch (mode) {
            case ECB -> encrypt ? InsecureIvCipher.ecbEncrypt(key, in) : InsecureIvCipher.ecbDecrypt(key, in);
            case CBC -> encrypt ? InsecureIvCipher.cbcEncrypt(key, c.hex("iv"), in) : InsecureIvCipher.cbcDecrypt(key, c.hex("iv"), in);
            case CTR -> InsecureIvCipher.ctr(key, c.hex("iv"), in);
            case KW, KWP -> {
                AesKeyWrap wrap = mode == Mode.KW ? AesKeyWrap.KW : AesKeyWrap.KWP;
                yield encrypt ? wrap.wrap(key, SecretKeyMaterial.copyOf(in, SecretAccess.insecure()))
                        : wrap.unwrap(key, in).reveal(SecretAccess.insecure());
            }
        };
        return Arrays.equals(got, want) ? null : "output differs";
    }

    /** AESAVS §6.4 Monte Carlo tests for ECB and CBC, run through the one-block hazmat calls. */
    private static String mct(Mode mode, VectorCase c, boolean encrypt) {
        HexFormat hex = HexFormat.of();
        byte[] key = c.hex("key");
        byte[] iv = mode == Mode.CBC ? c.hex("iv") : new byte[16];
        byte[] input = c.hex(encrypt ? "pt" : "ct");
        var results = c.test().get("resultsArray");
        for (int i = 0; i < results.size(); i++) {
            SecretKeyMaterial k = SecretKeyMaterial.copyOf(key, SecretAccess.insecure());
            byte[] prevOut = null;
            byte[] out = null;
            byte[] chain = iv;
            for (int j = 0; j < 1000; j++) {
                prevOut = out;
                if (mode == Mode.ECB) {
                    out = encrypt ? InsecureIvCipher.ecbEncrypt(k, input) : InsecureIvCipher.ecbDecrypt(k, input);
                    input = out;
                } else if (encrypt) {
                    out = InsecureIvCipher.cbcEncrypt(k, chain, input);
                    input = j == 0 ? iv : prevOut; // PT[j+1] = IV for j = 0, else CT[j-1]
                    chain = out;
                } else {
                    out = InsecureIvCipher.cbcDecrypt(k, chain, input);
                    byte[] nextIn = j == 0 ? iv : prevOut; // CT[j+1] = IV for j = 0, else PT[j-1]
                    chain = input;
                    input = nextIn;
                }
            }
            if (!Arrays.equals(out, hex.parseHex(results.get(i).get(encrypt ? "ct" : "pt").asText()))) {
                return "MCT iteration " + i + " differs";
            }
            key = nextKey(key, prevOut, out);
            if (mode == Mode.CBC) {
                iv = out;
                input = prevOut;
            } else {
                input = out;
            }
        }
        return null;
    }

    /** AESAVS: Key[i+1] = Key[i] XOR the last |key| bits of (out[998] || out[999]). */
    private static byte[] nextKey(byte[] key, byte[] out998, byte[] out999) {
        byte[] both = new byte[32];
        System.arraycopy(out998, 0, both, 0, 16);
        System.arraycopy(out999, 0, both, 16, 16);
        byte[] next = key.clone();
        for (int i = 0; i < key.length; i++) {
            next[i] ^= both[32 - key.length + i];
        }
        return next;
    }
}
