package dev.citadel.attest.internal.cbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.attest.AttestException;
import dev.citadel.attest.AttestException.Reason;
import dev.citadel.attest.Bytes;
import dev.citadel.attest.internal.cbor.CborValue.CborArray;
import dev.citadel.attest.internal.cbor.CborValue.CborBytes;
import dev.citadel.attest.internal.cbor.CborValue.CborInteger;
import dev.citadel.attest.internal.cbor.CborValue.CborMap;
import dev.citadel.attest.internal.cbor.CborValue.CborText;
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
            "1805, NON_CANONICAL_CBOR, integer 5 in two bytes",
            "190017, NON_CANONICAL_CBOR, integer 23 in three bytes",
            "5a00000001ff, NON_CANONICAL_CBOR, length 1 in five bytes",
            "5f41ff, INDEFINITE_LENGTH, indefinite byte string",
            "9fff, INDEFINITE_LENGTH, indefinite array",
            "bfff, INDEFINITE_LENGTH, indefinite map",
            "a2616101616102, DUPLICATE_KEY, repeated key",
            "c240, MALFORMED_CBOR, tag",
            "f93c00, MALFORMED_CBOR, half float",
            "f7, MALFORMED_CBOR, undefined",
            "ff, MALFORMED_CBOR, break outside indefinite",
            "1c, MALFORMED_CBOR, reserved additional information",
            "62c328, MALFORMED_CBOR, invalid UTF-8",
            "a18001, MALFORMED_CBOR, array as map key",
            "4401, MALFORMED_CBOR, truncated byte string",
            "5bffffffffffffffff, MALFORMED_CBOR, byte string of 2^64-1 bytes",
            "9b7fffffffffffffff, MALFORMED_CBOR, array of 2^63-1 items",
            "bb0000000100000000, MALFORMED_CBOR, map of 2^32 entries",
            "1bffffffffffffffff, LIMIT_EXCEEDED, integer of 64 bits",
            "0000, TRAILING_BYTES, two items",
            "'', MALFORMED_CBOR, empty input"})
    void refuses(String hex, Reason reason, String what) {
        assertThatThrownBy(() -> decode(hex)).isInstanceOf(AttestException.class)
                .satisfies(e -> assertThat(((AttestException) e).reason()).as(what).isEqualTo(reason));
    }

    @Test
    void nestingIsBounded() {
        String deep = "81".repeat(CborReader.MAX_DEPTH + 1) + "00";
        assertThatThrownBy(() -> decode(deep)).satisfies(e -> assertThat(((AttestException) e).reason()).isEqualTo(Reason.LIMIT_EXCEEDED));
        assertThat(decode("81".repeat(CborReader.MAX_DEPTH) + "00")).isInstanceOf(CborArray.class);
    }

    @Test
    void itemCountIsBounded() {
        String many = "992000" + "00".repeat(0x2000);
        assertThatThrownBy(() -> decode(many)).satisfies(e -> assertThat(((AttestException) e).reason()).isEqualTo(Reason.LIMIT_EXCEEDED));
    }
}
