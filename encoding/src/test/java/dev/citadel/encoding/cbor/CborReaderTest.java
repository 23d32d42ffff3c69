package dev.citadel.encoding.cbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.encoding.cbor.CborException.Reason;
import dev.citadel.encoding.Bytes;
import dev.citadel.encoding.cbor.CborValue.CborArray;
import dev.citadel.encoding.cbor.CborValue.CborBytes;
import dev.citadel.encoding.cbor.CborValue.CborInteger;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.encoding.cbor.CborValue.CborText;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The strict CBOR reader: RFC 8949 encodings it reads, and each it refuses with its reason. */
class CborReaderTest {

    static CborValue decode(String hex) {
        return CborReader.decode(HexFormat.of().parseHex(hex));
    }

    @Test
    void readsAMapOfMixedValues() {
        CborValue v = decode("a3" + "01" + "02" + "20" + "4401020304" + "63666d74" + "8201" + "6161");
        assertThat(v).isInstanceOf(CborMap.class);
        CborMap m = (CborMap) v;
        assertThat(m.entries().get(new CborInteger(1))).isEqualTo(new CborInteger(2));
        assertThat(m.entries().get(new CborInteger(-1))).isEqualTo(new CborBytes(Bytes.fromHex("01020304")));
        assertThat(m.entries().get(new CborText("fmt"))).isInstanceOf(CborArray.class);
        assertThat(decode("3903e7")).isEqualTo(new CborInteger(-1000));
        assertThat(decode("1b7fffffffffffffff")).isEqualTo(new CborInteger(Long.MAX_VALUE));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource({
            "1805, NON_CANONICAL, integer 5 in two bytes",
            "190017, NON_CANONICAL, integer 23 in three bytes",
            "5a00000001ff, NON_CANONICAL, length 1 in five bytes",
            "5f41ff, INDEFINITE_LENGTH, indefinite byte string",
            "9fff, INDEFINITE_LENGTH, indefinite array",
            "bfff, INDEFINITE_LENGTH, indefinite map",
            "a2616101616102, DUPLICATE_KEY, repeated key",
            "c240, MALFORMED, tag",
            "f93c00, MALFORMED, half float",
            "f7, MALFORMED, undefined",
            "ff, MALFORMED, break outside indefinite",
            "1c, MALFORMED, reserved additional information",
            "62c328, MALFORMED, invalid UTF-8",
            "a18001, MALFORMED, array as map key",
            "4401, MALFORMED, truncated byte string",
            "5bffffffffffffffff, MALFORMED, byte string of 2^64-1 bytes",
            "9b7fffffffffffffff, MALFORMED, array of 2^63-1 items",
            "bb0000000100000000, MALFORMED, map of 2^32 entries",
            "1bffffffffffffffff, LIMIT_EXCEEDED, integer of 64 bits",
            "0000, TRAILING_BYTES, two items",
            "'', MALFORMED, empty input"})
    void refuses(String hex, Reason reason, String what) {
        assertThatThrownBy(() -> decode(hex)).isInstanceOf(CborException.class)
                .satisfies(e -> assertThat(((CborException) e).reason()).as(what).isEqualTo(reason));
    }

    @Test
    void nestingIsBounded() {
        String deep = "81".repeat(CborReader.MAX_DEPTH + 1) + "00";
        assertThatThrownBy(() -> decode(deep)).satisfies(e -> assertThat(((CborException) e).reason()).isEqualTo(Reason.LIMIT_EXCEEDED));
        assertThat(decode("81".repeat(CborReader.MAX_DEPTH) + "00")).isInstanceOf(CborArray.class);
    }

    @Test
    void itemCountIsBounded() {
        String many = "992000" + "00".repeat(0x2000);
        assertThatThrownBy(() -> decode(many)).satisfies(e -> assertThat(((CborException) e).reason()).isEqualTo(Reason.LIMIT_EXCEEDED));
    }
}
