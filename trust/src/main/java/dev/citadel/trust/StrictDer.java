package dev.citadel.trust;

import java.util.Arrays;

/**
 * A single-pass DER validator (X.690 §10, RFC 5280 §4.1.2.5 for times) run before BouncyCastle sees the
 * bytes: definite minimal lengths within the input, no trailing bytes, primitive encodings for universal
 * string types, canonical BOOLEAN/INTEGER/BIT STRING/OID/NULL, sorted SET OF, UTCTime and GeneralizedTime in
 * their RFC 5280 forms, and nesting no deeper than {@link #MAX_DEPTH}. OCTET STRING contents are not
 * entered (extension values are checked when decoded).
 */
final class StrictDer {

    /** Deepest nesting of constructed values (a certificate needs about 10; bounds recursion). */
    static final int MAX_DEPTH = 32;
    /** Longest length field, in octets after the first (4 octets already exceed any accepted input). */
    static final int MAX_LENGTH_OCTETS = 4;

    /** Why the bytes are not DER. */
    static final class NotDer extends Exception {
        final TrustReason reason;

        NotDer(TrustReason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }

    private StrictDer() {}

    /** Validates that {@code b} is exactly one DER value. */
    static void requireSingleValue(byte[] b) throws NotDer {
        int end = value(b, 0, b.length, 0);
        if (end != b.length) {
            throw new NotDer(TrustReason.TRAILING_BYTES, (b.length - end) + " bytes after the value");
        }
    }

    /** Offsets [start, end) of the children of the constructed value starting at {@code at}. */
    static int[][] children(byte[] b, int at) {
        int[] h = header(b, at);
        int pos = h[0];
        int end = h[0] + h[1];
        int count = 0;
        int[][] out = new int[16][];
        while (pos < end) {
            int[] ch = header(b, pos);
            int next = ch[0] + ch[1];
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = new int[] {pos, next};
            pos = next;
        }
        return Arrays.copyOf(out, count);
    }

    /** {contentStart, contentLength} of an already validated value. */
    private static int[] header(byte[] b, int at) {
        int first = b[at + 1] & 0xff;
        if (first < 0x80) {
            return new int[] {at + 2, first};
        }
        int n = first & 0x7f;
        int len = 0;
        for (int i = 0; i < n; i++) {
            len = (len << 8) | (b[at + 2 + i] & 0xff);
        }
        return new int[] {at + 2 + n, len};
    }

    private static int value(byte[] b, int at, int limit, int depth) throws NotDer {
        if (depth > MAX_DEPTH) {
            throw new NotDer(TrustReason.MALFORMED_CERTIFICATE, "nesting deeper than " + MAX_DEPTH);
        }
        if (at + 2 > limit) {
            throw new NotDer(TrustReason.MALFORMED_CERTIFICATE, "truncated value at offset " + at);
        }
        int tag = b[at] & 0xff;
        if ((tag & 0x1f) == 0x1f) {
            throw new NotDer(TrustReason.MALFORMED_CERTIFICATE, "high tag number at offset " + at);
        }
        int first = b[at + 1] & 0xff;
        int start;
        long length;
        if (first < 0x80) {
            start = at + 2;
            length = first;
        } else {
            int n = first & 0x7f;
            if (n == 0) {
                throw new NotDer(TrustReason.NON_DER_ENCODING, "indefinite length at offset " + at);
            }
            if (n > MAX_LENGTH_OCTETS) {
                throw new NotDer(TrustReason.MALFORMED_CERTIFICATE, "absurd length field at offset " + at);
            }
            if (at + 2 + n > limit) {
                throw new NotDer(TrustReason.MALFORMED_CERTIFICATE, "truncated length at offset " + at);
            }
            if (b[at + 2] == 0) {
                throw new NotDer(TrustReason.NON_DER_ENCODING, "length with leading zero octet at offset " + at);
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (b[at + 2 + i] & 0xff);
            }
            if (length < 0x80) {
                throw new NotDer(TrustReason.NON_DER_ENCODING, "long-form length below 128 at offset " + at);
            }
            start = at + 2 + n;
        }
        if (length > limit - start) {
            throw new NotDer(TrustReason.MALFORMED_CERTIFICATE, "length " + length + " beyond the input at offset " + at);
        }
        int end = start + (int) length;
        boolean constructed = (tag & 0x20) != 0;
        boolean universal = (tag & 0xc0) == 0;
        if (constructed) {
            if (universal && tag != 0x30 && tag != 0x31) {
                throw new NotDer(TrustReason.NON_DER_ENCODING, "constructed encoding of universal tag " + (tag & 0x1f));
            }
            int pos = start;
            int previous = -1;
            while (pos < end) {
                int next = value(b, pos, end, depth + 1);
                if (tag == 0x31 && previous >= 0 && compare(b, previous, pos, pos, next) > 0) {
                    throw new NotDer(TrustReason.NON_DER_ENCODING, "SET OF not in DER order at offset " + pos);
                }
                previous = pos;
                pos = next;
            }
            return end;
        }
        if (universal) {
            primitive(b, tag, start, (int) length, at);
        }
        return end;
    }

    private static void primitive(byte[] b, int tag, int start, int length, int at) throws NotDer {
        switch (tag) {
            case 0x01 -> {
                if (length != 1 || (b[start] != 0 && b[start] != (byte) 0xff)) {
                    throw new NotDer(TrustReason.NON_DER_ENCODING, "BOOLEAN not 00 or FF at offset " + at);
                }
            }
            case 0x02, 0x0a -> {
                if (length == 0 || (length > 1 && ((b[start] == 0 && (b[start + 1] & 0x80) == 0)
                        || (b[start] == (byte) 0xff && (b[start + 1] & 0x80) != 0)))) {
                    throw new NotDer(TrustReason.NON_DER_ENCODING, "non-minimal INTEGER at offset " + at);
                }
            }
            case 0x03 -> {
                if (length == 0 || (b[start] & 0xff) > 7 || (length == 1 && b[start] != 0)
                        || (length > 1 && (b[start + length - 1] & ((1 << b[start]) - 1)) != 0)) {
                    throw new NotDer(TrustReason.NON_DER_ENCODING, "non-canonical BIT STRING at offset " + at);
                }
            }
            case 0x05 -> {
                if (length != 0) {
                    throw new NotDer(TrustReason.NON_DER_ENCODING, "NULL with content at offset " + at);
                }
            }
            case 0x06 -> {
                if (length == 0 || (b[start + length - 1] & 0x80) != 0) {
                    throw new NotDer(TrustReason.NON_DER_ENCODING, "malformed OBJECT IDENTIFIER at offset " + at);
                }
                boolean subStart = true;
                for (int i = start; i < start + length; i++) {
                    if (subStart && b[i] == (byte) 0x80) {
                        throw new NotDer(TrustReason.NON_DER_ENCODING, "non-minimal OBJECT IDENTIFIER at offset " + at);
                    }
                    subStart = (b[i] & 0x80) == 0;
                }
            }
            case 0x17 -> time(b, start, length, 13, at);
            case 0x18 -> time(b, start, length, 15, at);
            default -> { }
        }
    }

    /** RFC 5280 §4.1.2.5.1/.2: YYMMDDHHMMSSZ or YYYYMMDDHHMMSSZ, no fractions, no offsets. */
    private static void time(byte[] b, int start, int length, int expected, int at) throws NotDer {
        if (length != expected || b[start + length - 1] != 'Z') {
            throw new NotDer(TrustReason.NON_DER_ENCODING, "time not in the RFC 5280 form at offset " + at);
        }
        for (int i = start; i < start + length - 1; i++) {
            if (b[i] < '0' || b[i] > '9') {
                throw new NotDer(TrustReason.NON_DER_ENCODING, "time not in the RFC 5280 form at offset " + at);
            }
        }
    }

    private static int compare(byte[] b, int aStart, int aEnd, int bStart, int bEnd) {
        return Arrays.compareUnsigned(b, aStart, aEnd, b, bStart, bEnd);
    }
}
