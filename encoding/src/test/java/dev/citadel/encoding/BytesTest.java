package dev.citadel.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BytesTest {

    @Test
    void base64UrlRoundTrips() {
        Bytes b = Bytes.fromHex("fbff00");
        assertThat(b.base64Url()).isEqualTo("-_8A");
        assertThat(Bytes.fromBase64Url("-_8A")).isEqualTo(b);
        assertThat(Bytes.fromBase64Url("AQ").hex()).isEqualTo("01");
    }

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(strings = {"AQ==", "+/8A", "AQ AQ", "AR", "A"})
    void base64UrlIsStrict(String text) {
        // Padding, the standard alphabet, whitespace, non-zero trailing bits ("AR" decodes to 01 too) and an
        // impossible length would each give one byte string two spellings.
        assertThatThrownBy(() -> Bytes.fromBase64Url(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityIsByContent() {
        assertThat(Bytes.fromHex("0102")).isEqualTo(Bytes.of(new byte[] {1, 2})).isNotEqualTo(Bytes.fromHex("0103"));
    }
}
