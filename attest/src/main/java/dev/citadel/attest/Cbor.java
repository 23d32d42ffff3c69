package dev.citadel.attest;

import dev.citadel.attest.AttestException.Reason;
import dev.citadel.encoding.cbor.CborException;
import dev.citadel.encoding.cbor.CborReader;
import dev.citadel.encoding.cbor.CborValue;

/** App Attest's boundary to the strict CBOR reader: its refusals become {@link AttestException}s. */
final class Cbor {

    private Cbor() {}

    /** Exactly one item filling {@code input}. */
    static CborValue decode(byte[] input) {
        try {
            return CborReader.decode(input);
        } catch (CborException e) {
            throw translate(e);
        }
    }

    /** The next item of {@code reader}. */
    static CborValue next(CborReader reader) {
        try {
            return reader.next();
        } catch (CborException e) {
            throw translate(e);
        }
    }

    static AttestException translate(CborException e) {
        Reason reason = switch (e.reason()) {
            case MALFORMED -> Reason.MALFORMED_CBOR;
            case NON_CANONICAL -> Reason.NON_CANONICAL_CBOR;
            case DUPLICATE_KEY -> Reason.DUPLICATE_KEY;
            case INDEFINITE_LENGTH -> Reason.INDEFINITE_LENGTH;
            case TRAILING_BYTES -> Reason.TRAILING_BYTES;
            case LIMIT_EXCEEDED -> Reason.LIMIT_EXCEEDED;
        };
        return AttestException.of(reason, e.getMessage(), e);
    }
}
