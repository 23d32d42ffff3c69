package dev.citadel.encoding.cbor;

import java.util.Objects;

/**
 * Why a CBOR input was refused by {@link CborReader}: unchecked, with a machine-readable {@link Reason}.
 * Capabilities translate it into their own exception family at their boundary.
 */
public final class CborException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the reader refused. */
    public enum Reason {
        /** Not well-formed CBOR: truncated, reserved encodings, invalid UTF-8, an unsupported major type or value. */
        MALFORMED,
        /** Well-formed but not minimal: an integer or length not in its shortest form. */
        NON_CANONICAL,
        /** A map repeats a key. */
        DUPLICATE_KEY,
        /** An indefinite-length item, where only definite lengths are allowed. */
        INDEFINITE_LENGTH,
        /** Bytes follow the complete item. */
        TRAILING_BYTES,
        /** A named limit ({@link CborReader#MAX_DEPTH}, {@link CborReader#MAX_ITEMS}, 63-bit integers) was exceeded. */
        LIMIT_EXCEEDED
    }

    private final Reason reason;

    CborException(Reason reason, String message) {
        this(reason, message, null);
    }

    CborException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }
}
