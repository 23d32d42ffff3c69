package dev.citadel.trust.internal.ct;

import dev.citadel.trust.ct.CtException;
import dev.citadel.trust.ct.CtException.Reason;
import java.util.Arrays;

/**
 * A strict reader of TLS presentation-language encodings (RFC 5246 §4): big-endian integers and
 * length-prefixed vectors. Every read is bounds-checked; {@link #requireEnd()} rejects trailing bytes.
 * Failures are {@link Reason#MALFORMED_SCT_LIST}.
 */
public final class TlsReader {

    private final byte[] input;
    private final int end;
    private int position;

    public TlsReader(byte[] input) {
        this(input, 0, input.length);
    }

    private TlsReader(byte[] input, int start, int end) {
        this.input = input;
        this.position = start;
        this.end = end;
    }

    public int remaining() {
        return end - position;
    }

    public int position() {
        return position;
    }

    /** Reads an unsigned integer of {@code bytes} (1–8) bytes; 8-byte values above 2^63-1 are refused. */
    public long readUnsigned(int bytes, String field) {
        need(bytes, field);
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value = (value << 8) | (input[position++] & 0xFF);
        }
        if (bytes == 8 && value < 0) {
            throw malformed(field + " does not fit in 63 bits");
        }
        return value;
    }

    /** Reads exactly {@code length} bytes. */
    public byte[] readFixed(int length, String field) {
        need(length, field);
        byte[] out = Arrays.copyOfRange(input, position, position + length);
        position += length;
        return out;
    }

    /**
     * Reads an opaque vector {@code <min..max>} whose length prefix is {@code prefixBytes} long (the
     * prefix size follows from the declared maximum, RFC 5246 §4.3).
     */
    public byte[] readVector(int prefixBytes, int min, int max, String field) {
        int length = (int) readUnsigned(prefixBytes, field + " length");
        if (length < min || length > max) {
            throw malformed(field + " length " + length + " outside " + min + ".." + max);
        }
        return readFixed(length, field);
    }

    /** Rejects trailing bytes. */
    public void requireEnd(String what) {
        if (position != end) {
            throw malformed(what + " has " + (end - position) + " trailing bytes");
        }
    }

    private void need(int bytes, String field) {
        if (bytes < 0 || end - position < bytes) {
            throw malformed(field + " is truncated (needs " + bytes + " bytes, " + (end - position) + " left)");
        }
    }

    static CtException malformed(String message) {
        return new CtException(Reason.MALFORMED_SCT_LIST, message);
    }
}
