package dev.citadel.corecrypto.internal.cmac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 4493 §4 test vectors (AES-128 key 2b7e1516…). */
class AesCmacRfc4493Test {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] KEY = HEX.parseHex("2b7e151628aed2a6abf7158809cf4f3c");

    @Test
    @DisplayName("§4 subkey generation: K1, K2")
    void subkeys() {
        byte[] l = HEX.parseHex("7df76b0c1ab899b33e42f047b91b546f");
        assertThat(HEX.formatHex(AesCmac.dbl(l))).isEqualTo("fbeed618357133667c85e08f7236a8de");
        assertThat(HEX.formatHex(AesCmac.dbl(AesCmac.dbl(l)))).isEqualTo("f7ddac306ae266ccf90bc11ee46d513b");
    }

    @ParameterizedTest(name = "§4 example {0}")
    @CsvSource({
        "1 (empty), '', bb1d6929e95937287fa37d129b756746",
        "2 (16 bytes), 6bc1bee22e409f96e93d7e117393172a, 070a16b46b4d4144f79bdd9dd04a287c",
        "3 (40 bytes), 6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411, dfa66747de9ae63030ca32611497c827",
        "4 (64 bytes), 6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710, 51f0bebf7e3b9d92fc49741779363cfe",
    })
    void example(String name, String message, String tag) {
        assertThat(HEX.formatHex(AesCmac.INSTANCE.compute(KEY, HEX.parseHex(message)))).isEqualTo(tag);
    }
}
