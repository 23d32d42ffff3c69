package dev.citadel.passkeys.internal;

import dev.citadel.encoding.cbor.CborException;
import dev.citadel.encoding.cbor.CborReader;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;

/** The passkeys boundary to the strict CBOR reader: its refusals become {@link PasskeyException}s. */
public final class Cbor {

    private Cbor() {}

    /** Exactly one item filling {@code input}. */
    public static CborValue decode(byte[] input) {
        try {
            return CborReader.decode(input);
        } catch (CborException e) {
            throw translate(e);
        }
    }

    /** The next item of {@code reader}. */
    public static CborValue next(CborReader reader) {
        try {
            return reader.next();
        } catch (CborException e) {
            throw translate(e);
        }
    }

    /** {@code TRAILING_BYTES} and {@code LIMIT_EXCEEDED} keep their reason; the rest is {@code MALFORMED_CBOR}. */
    public static PasskeyException translate(CborException e) {
        Reason reason = switch (e.reason()) {
            case TRAILING_BYTES -> Reason.TRAILING_BYTES;
            case LIMIT_EXCEEDED -> Reason.LIMIT_EXCEEDED;
            case MALFORMED, NON_CANONICAL, DUPLICATE_KEY, INDEFINITE_LENGTH -> Reason.MALFORMED_CBOR;
        };
        return PasskeyException.of(reason, e.reason() + ": " + e.getMessage(), e);
    }
}
