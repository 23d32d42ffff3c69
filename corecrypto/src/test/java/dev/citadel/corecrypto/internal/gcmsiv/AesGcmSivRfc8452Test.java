package dev.citadel.corecrypto.internal.gcmsiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.AuthenticationFailedException;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8452 test vectors typed from the RFC (and two counter-wrap vectors from Wycheproof). */
class AesGcmSivRfc8452Test {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    @DisplayName("Appendix A: POLYVAL(H, X_1, X_2)")
    void polyvalExample() {
        Polyval p = new Polyval(HEX.parseHex("25629347589242761d31f826ba4b757b"));
        p.updateBlock(HEX.parseHex("4f4f95668c83dfb6401762bb2d01a262"));
        p.updateBlock(HEX.parseHex("d1a24ddd2721d006bbe45f20d3c9f362"));
        assertThat(HEX.formatHex(p.digest())).isEqualTo("f7a3b47b846119fae5b7866cf5e5b77e");
    }

    @Test
    @DisplayName("C.1: per-nonce key derivation (§4)")
    void keyDerivation() {
        byte[][] keys = AesGcmSiv.deriveKeys(HEX.parseHex("01000000000000000000000000000000"), HEX.parseHex("030000000000000000000000"));
        assertThat(HEX.formatHex(keys[0])).isEqualTo("d9b360279694941ac5dbc6987ada7377");
        assertThat(HEX.formatHex(keys[1])).isEqualTo("4004a0dcd862f2a57360219d2d44ef6c");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "C.1 empty,            01000000000000000000000000000000, 030000000000000000000000, '', '', dc20e2d83f25705bb49e439eca56de25",
        "C.1 8-byte pt,        01000000000000000000000000000000, 030000000000000000000000, '', 0100000000000000, b5d839330ac7b786578782fff6013b815b287c22493a364c",
        "C.1 two blocks,       01000000000000000000000000000000, 030000000000000000000000, '', 0100000000000000000000000000000002000000000000000000000000000000, 84e07e62ba83a6585417245d7ec413a9fe427d6315c09b57ce45f2e3936a94451a8e45dcd4578c667cd86847bf6155ff",
        "C.1 aad 01,           01000000000000000000000000000000, 030000000000000000000000, 01, 020000000000000000000000, 296c7889fd99f41917f4462008299c5102745aaa3a0c469fad9e075a",
        "C.1 12-byte aad,      01000000000000000000000000000000, 030000000000000000000000, 010000000000000000000000, 02000000, a8fe3e8707eb1f84fb28f8cb73de8e99e2f48a14",
        "Wycheproof 165 wrap,  000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f, 000000000000000000000000, 2cc3a1973e0560f7224a394e52fa8488, d04846a01f472262e60a1cb4cfcbdcb05c3f819628a3a49395c5dae96c434b2417ce071699afa74a60c32c0bafd9c01a, 000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000ffffffffffffffffffffffffffffffff",
        "Wycheproof 167 wrap,  000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f, 000000000000000000000000, 0814a95481bf915a4097949e3525c7e7, 6492a73880dac7f36743715b0fc7063d3e46a25044310bba5849ed88bfcb54b0adbe3978040bda849906e1aa09d1a8e3, 000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000ffffff7f00112233445566778899aabb",
    })
    void sealAndOpen(String name, String key, String nonce, String aad, String pt, String ctTag) {
        byte[] k = HEX.parseHex(key);
        byte[] n = HEX.parseHex(nonce);
        byte[] a = HEX.parseHex(aad);
        assertThat(HEX.formatHex(AesGcmSiv.INSTANCE.seal(k, n, HEX.parseHex(pt), a, 16))).isEqualTo(ctTag);
        assertThat(HEX.formatHex(AesGcmSiv.INSTANCE.open(k, n, HEX.parseHex(ctTag), a, 16))).isEqualTo(pt);
    }

    @Test
    void openRefusesAFlippedTagBit() {
        byte[] ctTag = HEX.parseHex("b5d839330ac7b786578782fff6013b815b287c22493a364c");
        ctTag[ctTag.length - 1] ^= 1;
        assertThatThrownBy(() -> AesGcmSiv.INSTANCE.open(HEX.parseHex("01000000000000000000000000000000"),
                HEX.parseHex("030000000000000000000000"), ctTag, new byte[0], 16))
                .isInstanceOf(AuthenticationFailedException.class);
    }
}
