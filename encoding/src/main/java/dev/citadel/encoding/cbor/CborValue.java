package dev.citadel.encoding.cbor;

import dev.citadel.encoding.Bytes;
import java.util.List;
import java.util.Map;

/** A decoded CBOR data item (RFC 8949 §3) of the kinds WebAuthn and App Attest use. */
public sealed interface CborValue {

    /** Major types 0 and 1, within a Java {@code long}. */
    record CborInteger(long value) implements CborValue {}

    /** Major type 2. */
    record CborBytes(Bytes value) implements CborValue {}

    /** Major type 3, valid UTF-8. */
    record CborText(String value) implements CborValue {}

    /** Major type 4. */
    record CborArray(List<CborValue> items) implements CborValue {
        public CborArray {
            items = List.copyOf(items);
        }
    }

    /** Major type 5, keys unique, in encoded order. */
    record CborMap(Map<CborValue, CborValue> entries) implements CborValue {
        public CborMap {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }
    }

    /** Major type 7 simple values false (20), true (21), null (22). */
    record CborSimple(int value) implements CborValue {}

    /** The kind, for error messages. */
    default String kind() {
        return switch (this) {
            case CborInteger i -> "integer";
            case CborBytes b -> "byte string";
            case CborText t -> "text string";
            case CborArray a -> "array";
            case CborMap m -> "map";
            case CborSimple s -> "simple value";
        };
    }
}
