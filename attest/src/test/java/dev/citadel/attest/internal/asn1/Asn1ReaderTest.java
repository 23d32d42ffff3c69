package dev.citadel.attest.internal.asn1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.attest.AttestException;
import dev.citadel.attest.AttestException.Reason;
import dev.citadel.attest.internal.asn1.Asn1Reader.Rules;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The BER/DER reader: what each rule set accepts, and each refusal with its reason. */
class Asn1ReaderTest {

    static Asn1Node read(String hex, Rules rules) {
        return Asn1Reader.read(HexFormat.of().parseHex(hex), rules);
    }

    @Test
    void berReadsIndefiniteLengthsAndChunkedStrings() {
        Asn1Node n = read("3080" + "2480" + "04020102" + "040103" + "0000" + "0000", Rules.BER);
        assertThat(n.child(0).octets()).containsExactly(1, 2, 3);
        assertThat(n.end()).isEqualTo(15);
    }

    @Test
    void berAcceptsNonMinimalLengthOctets() {
        assertThat(read("04810101", Rules.BER).octets()).containsExactly(1);
    }

    @Test
    void readsIntegersAndOids() {
        assertThat(read("020180", Rules.DER).integer().intValue()).isEqualTo(-128);
        assertThat(read("06092a864886f763640802", Rules.DER).oid()).isEqualTo("1.2.840.113635.100.8.2");
        assertThat(read("0603550403", Rules.DER).oid()).isEqualTo("2.5.4.3");
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource({
            "DER, 3080020101 0000, MALFORMED_ASN1, indefinite length in DER",
            "DER, 04810101, MALFORMED_ASN1, non-minimal length in DER",
            "DER, 2403040101, MALFORMED_ASN1, constructed string in DER",
            "BER, 0480, MALFORMED_ASN1, indefinite length on a primitive",
            "BER, 3080020101, MALFORMED_ASN1, missing end-of-contents",
            "BER, 0000, MALFORMED_ASN1, end-of-contents at top level",
            "BER, 040501, MALFORMED_ASN1, length beyond the input",
            "BER, 0485ffffffffff, LIMIT_EXCEEDED, five length octets",
            "BER, 04847fffffff, MALFORMED_ASN1, 2 GiB length",
            "BER, 1f80, MALFORMED_ASN1, long tag with leading 0x80",
            "BER, 1fffffff7f00, LIMIT_EXCEEDED, tag number above the limit",
            "BER, 0401010000, TRAILING_BYTES, trailing bytes",
            "BER, '', MALFORMED_ASN1, empty"})
    void refuses(Rules rules, String hex, Reason reason, String what) {
        assertThatThrownBy(() -> read(hex.replace(" ", ""), rules)).isInstanceOf(AttestException.class)
                .satisfies(e -> assertThat(((AttestException) e).reason()).as(what).isEqualTo(reason));
    }

    @Test
    void nonMinimalIntegersAndBadOidsAreRefused() {
        assertThatThrownBy(() -> read("02020001", Rules.DER).integer())
                .satisfies(e -> assertThat(((AttestException) e).reason()).isEqualTo(Reason.MALFORMED_ASN1));
        assertThatThrownBy(() -> read("060280ff", Rules.DER).oid())
                .satisfies(e -> assertThat(((AttestException) e).reason()).isEqualTo(Reason.MALFORMED_ASN1));
    }

    @Test
    void nestingIsBounded() {
        String deep = "3080".repeat(Asn1Reader.MAX_DEPTH + 2) + "0000".repeat(Asn1Reader.MAX_DEPTH + 2);
        assertThatThrownBy(() -> read(deep, Rules.BER))
                .satisfies(e -> assertThat(((AttestException) e).reason()).isEqualTo(Reason.LIMIT_EXCEEDED));
    }
}
