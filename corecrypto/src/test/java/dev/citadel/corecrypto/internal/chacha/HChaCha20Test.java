package dev.citadel.corecrypto.internal.chacha;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HChaCha20Test {

    @Test
    @DisplayName("draft-irtf-cfrg-xchacha-03 §2.2.1 HChaCha20 test vector")
    void draftVector() {
        HexFormat hex = HexFormat.of();
        byte[] key = hex.parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        byte[] nonce = hex.parseHex("000000090000004a0000000031415927");
        assertThat(hex.formatHex(HChaCha20.subkey(key, nonce)))
                .isEqualTo("82413b4227b27bfed30e42508a877d73a0f9e4d58a74a853c12ec41326d3ecdc");
    }
}
