package dev.citadel.attest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.attest.internal.asn1.Asn1Reader;
import dev.citadel.attest.internal.cms.SignedData;
import java.lang.management.ManagementFactory;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inputs that declare absurd lengths and counts are refused without allocating what they declare. The
 * allocation of each refusal is measured with {@code ThreadMXBean#getThreadAllocatedBytes} for this thread.
 */
class BoundedAllocationTest {

    /** What one refusal may allocate: parser state, the exception and its message, never the declared size. */
    static final long MAX_ALLOCATION_PER_REFUSAL = 64 * 1024;

    static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource({
            "cbor, 5b7fffffffffffff0001, byte string of 2^63 bytes",
            "cbor, 5affffffff00, byte string of 4 GiB",
            "cbor, 9b00000001000000000000, array of 2^32 items",
            "cbor, bb7fffffffffffffff00, map of 2^63 entries",
            "cbor, 7affffffff41, text of 4 GiB",
            "attestation, a363666d746f6170706c652d6170706174746573745bffffffffffffffff, attestation whose next item claims 2^64 bytes",
            "authdata, 0000000000000000000000000000000000000000000000000000000000000000400000000061707061747465737400000000000000ffff00, credentialIdLength 65535",
            "ber, 04847fffffff00, OCTET STRING of 2 GiB",
            "ber, 3084ffffffff, SEQUENCE of 4 GiB",
            "ber, 2480, unterminated chunked OCTET STRING",
            "receipt, 3080060a2a864886f70d010702a080308002010131003080060a2a864886f70d010701a08024800484ffffffff, receipt content chunk of 4 GiB"})
    void refusalAllocatesLittle(String parser, String hex, String what) {
        byte[] input = HexFormat.of().parseHex(hex);
        Consumer<byte[]> parse = switch (parser) {
            case "cbor" -> Cbor::decode;
            case "attestation" -> AttestationVerifier::parse;
            case "authdata" -> AuthenticatorData::parseAttestation;
            case "ber" -> b -> Asn1Reader.read(b, Asn1Reader.Rules.BER);
            case "receipt" -> SignedData::parse;
            default -> throw new IllegalArgumentException(parser);
        };
        for (int i = 0; i < 50; i++) { // warm up: class loading and first-call allocations are not the input's
            refuse(parse, input);
        }
        long tid = Thread.currentThread().threadId();
        long before = THREADS.getThreadAllocatedBytes(tid);
        refuse(parse, input);
        long allocated = THREADS.getThreadAllocatedBytes(tid) - before;
        System.out.printf("[attest] %-12s %-48s refused after allocating %,d bytes%n", parser, what, allocated);
        assertThat(allocated).as(what).isLessThan(MAX_ALLOCATION_PER_REFUSAL);
    }

    private static void refuse(Consumer<byte[]> parse, byte[] input) {
        try {
            parse.accept(input);
            throw new AssertionError("accepted");
        } catch (AttestException expected) {
            // refused, as it must be
        }
    }
}
