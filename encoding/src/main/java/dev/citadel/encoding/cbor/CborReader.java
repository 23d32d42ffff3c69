package dev.citadel.encoding.cbor;

import dev.citadel.encoding.cbor.CborException.Reason;
import dev.citadel.encoding.Bytes;
import dev.citadel.encoding.cbor.CborValue.CborArray;
import dev.citadel.encoding.cbor.CborValue.CborBytes;
import dev.citadel.encoding.cbor.CborValue.CborInteger;
import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.encoding.cbor.CborValue.CborSimple;
import dev.citadel.encoding.cbor.CborValue.CborText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict CBOR (RFC 8949) reader for WebAuthn and App Attest objects: definite lengths only, minimal ("preferred")
 * integer and length encodings, unique map keys, valid UTF-8, no tags and no floating point. Every
 * failure is an {@link CborException}.
 *
 * <h2>Security guarantees</h2>
 * Allocation is bounded by the input: a declared length longer than the bytes that remain fails before
 * anything is allocated, and container sizes are never used to pre-size collections. Nesting is bounded by
 * {@link #MAX_DEPTH}, the number of items by {@link #MAX_ITEMS}.
 */
public final class CborReader {

    /** Deepest nesting accepted; WebAuthn and App Attest objects nest four levels (object, attStmt, x5c, certificate). */
    public static final int MAX_DEPTH = 16;
    /** Most data items in one read; an attestation object has about 20. Bounds CPU on item-dense input. */
    public static final int MAX_ITEMS = 4096;

    private final byte[] in;
    private final int end;
    private int pos;
    private int items;

    private CborReader(byte[] in, int from, int end) {
        this.in = in;
        this.pos = from;
        this.end = end;
    }

    /** Decodes exactly one item filling all of {@code input}; {@code TRAILING_BYTES} if bytes follow. */
    public static CborValue decode(byte[] input) {
        CborReader r = new CborReader(input, 0, input.length);
        CborValue v = r.item(0);
        if (r.pos != r.end) {
            throw new CborException(Reason.TRAILING_BYTES, (r.end - r.pos) + " bytes after the CBOR item");
        }
        return v;
    }

    /** A reader over {@code input[from, input.length)} that reads items one at a time. */
    public static CborReader at(byte[] input, int from) {
        if (from < 0 || from > input.length) {
            throw new IllegalArgumentException("offset " + from);
        }
        return new CborReader(input, from, input.length);
    }

    /** Reads the next item. */
    public CborValue next() {
        items = 0;
        return item(0);
    }

    /** The offset of the next unread byte. */
    public int position() {
        return pos;
    }

    private CborValue item(int depth) {
        if (depth > MAX_DEPTH) {
            throw new CborException(Reason.LIMIT_EXCEEDED, "CBOR nesting deeper than MAX_DEPTH=" + MAX_DEPTH);
        }
        if (++items > MAX_ITEMS) {
            throw new CborException(Reason.LIMIT_EXCEEDED, "more than MAX_ITEMS=" + MAX_ITEMS + " CBOR items");
        }
        int initial = u8();
        int major = initial >>> 5;
        int info = initial & 0x1f;
        if (major == 7) {
            return simple(info);
        }
        if (info == 31) {
            throw new CborException(Reason.INDEFINITE_LENGTH, "indefinite-length item (major type " + major + ") at offset " + (pos - 1));
        }
        long arg = argument(info);
        return switch (major) {
            case 0 -> new CborInteger(requireLong(arg));
            case 1 -> new CborInteger(-1 - requireLong(arg));
            case 2 -> new CborBytes(Bytes.of(in, pos, pos = advance(arg)));
            case 3 -> new CborText(utf8(pos, pos = advance(arg)));
            case 4 -> array(arg, depth);
            case 5 -> map(arg, depth);
            default -> throw new CborException(Reason.MALFORMED, "tagged items are not accepted (offset " + (pos - 1) + ")");
        };
    }

    private CborValue simple(int info) {
        return switch (info) {
            case 20, 21, 22 -> new CborSimple(info);
            case 31 -> throw new CborException(Reason.MALFORMED, "break outside an indefinite-length item");
            case 25, 26, 27 -> throw new CborException(Reason.MALFORMED, "floating-point values are not accepted");
            default -> throw new CborException(Reason.MALFORMED, "simple value " + info + " is not accepted");
        };
    }

    private CborArray array(long count, int depth) {
        requireCount(count, 1);
        List<CborValue> list = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            list.add(item(depth + 1));
        }
        return new CborArray(list);
    }

    private CborMap map(long count, int depth) {
        requireCount(count, 2);
        Map<CborValue, CborValue> entries = new LinkedHashMap<>();
        for (long i = 0; i < count; i++) {
            int keyAt = pos;
            CborValue key = item(depth + 1);
            if (key instanceof CborArray || key instanceof CborMap) {
                throw new CborException(Reason.MALFORMED, "map key at offset " + keyAt + " is a " + key.kind());
            }
            CborValue value = item(depth + 1);
            if (entries.putIfAbsent(key, value) != null) {
                throw new CborException(Reason.DUPLICATE_KEY, "map key at offset " + keyAt + " repeats " + key);
            }
        }
        return new CborMap(entries);
    }

    /** Each element takes at least {@code minBytesEach} bytes: a count the input cannot hold fails now. */
    private void requireCount(long count, int minBytesEach) {
        if (count > (long) (end - pos) / minBytesEach) {
            throw new CborException(Reason.MALFORMED, "container of " + count + " items in " + (end - pos) + " remaining bytes");
        }
    }

    private long argument(int info) {
        if (info < 24) {
            return info;
        }
        int n = switch (info) {
            case 24 -> 1;
            case 25 -> 2;
            case 26 -> 4;
            case 27 -> 8;
            default -> throw new CborException(Reason.MALFORMED, "reserved additional information " + info + " at offset " + (pos - 1));
        };
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 8) | u8();
        }
        // Preferred serialisation (RFC 8949 §4.2.1): the shortest form that holds the value.
        long min = switch (n) {
            case 1 -> 24;
            case 2 -> 0x100;
            case 4 -> 0x1_0000;
            default -> 0x1_0000_0000L;
        };
        if (Long.compareUnsigned(v, min) < 0) {
            throw new CborException(Reason.NON_CANONICAL, "value " + Long.toUnsignedString(v) + " not in its shortest form");
        }
        return v;
    }

    private static long requireLong(long arg) {
        if (arg < 0) {
            throw new CborException(Reason.LIMIT_EXCEEDED, "integer beyond 63 bits");
        }
        return arg;
    }

    /** The end offset of a string of {@code length} bytes starting at {@link #pos}, checked against the input. */
    private int advance(long length) {
        if (length < 0 || length > end - pos) {
            throw new CborException(Reason.MALFORMED, "string of " + Long.toUnsignedString(length) + " bytes with "
                    + (end - pos) + " remaining");
        }
        return pos + (int) length;
    }

    private String utf8(int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new CborException(Reason.MALFORMED, "text string at offset " + from + " is not UTF-8", e);
        }
    }

    private int u8() {
        if (pos >= end) {
            throw new CborException(Reason.MALFORMED, "truncated at offset " + pos);
        }
        return in[pos++] & 0xff;
    }
}
