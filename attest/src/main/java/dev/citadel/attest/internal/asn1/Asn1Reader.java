package dev.citadel.attest.internal.asn1;

import dev.citadel.attest.AttestException;
import dev.citadel.attest.AttestException.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of BER and DER (X.690) into a tree of {@link Asn1Node}s. {@link Rules#DER} accepts only
 * definite, minimal lengths and primitive string encodings; {@link Rules#BER} also accepts indefinite
 * lengths (ended by end-of-contents) and non-minimal length octets, as CMS receipts use them.
 * Every failure is an {@link AttestException} ({@code MALFORMED_ASN1}, {@code TRAILING_BYTES},
 * {@code LIMIT_EXCEEDED}).
 *
 * <h2>Security guarantees</h2>
 * The tree references the input, it never copies contents: allocation is one node per element, and the
 * number of elements is bounded by {@link #MAX_NODES}, nesting by {@link #MAX_DEPTH}. A declared length
 * longer than what remains fails before it is used.
 */
public final class Asn1Reader {

    /** The encoding rules a read enforces. */
    public enum Rules { BER, DER }

    /** Deepest nesting accepted; a CMS receipt with its certificates nests about 12 levels. */
    public static final int MAX_DEPTH = 32;
    /** Most elements in one read; a receipt has about 600. Bounds CPU and memory on element-dense input. */
    public static final int MAX_NODES = 20_000;
    /** Largest tag number accepted (five identifier octets would exceed it). */
    public static final int MAX_TAG_NUMBER = (1 << 21) - 1;

    private final byte[] in;
    private final Rules rules;
    private int pos;
    private int nodes;

    private Asn1Reader(byte[] in, Rules rules) {
        this.in = in;
        this.rules = rules;
    }

    /** Reads one element filling all of {@code input}. */
    public static Asn1Node read(byte[] input, Rules rules) {
        Asn1Reader r = new Asn1Reader(input, rules);
        Asn1Node node = r.element(input.length, 0);
        if (r.pos != input.length) {
            throw AttestException.of(Reason.TRAILING_BYTES, (input.length - r.pos) + " bytes after the ASN.1 element");
        }
        return node;
    }

    private Asn1Node element(int limit, int depth) {
        if (depth > MAX_DEPTH) {
            throw AttestException.of(Reason.LIMIT_EXCEEDED, "ASN.1 nesting deeper than MAX_DEPTH=" + MAX_DEPTH);
        }
        if (++nodes > MAX_NODES) {
            throw AttestException.of(Reason.LIMIT_EXCEEDED, "more than MAX_NODES=" + MAX_NODES + " ASN.1 elements");
        }
        int start = pos;
        int id = u8(limit);
        int tagClass = id >>> 6;
        boolean constructed = (id & 0x20) != 0;
        int tagNumber = id & 0x1f;
        if (tagNumber == 0x1f) {
            tagNumber = longTagNumber(limit);
        }
        if (tagClass == Asn1Node.UNIVERSAL && tagNumber == 0) {
            throw malformed("unexpected end-of-contents at offset " + start);
        }
        if (rules == Rules.DER && constructed && tagClass == Asn1Node.UNIVERSAL
                && (tagNumber == Asn1Node.OCTET_STRING || tagNumber == Asn1Node.BIT_STRING || tagNumber == Asn1Node.UTF8_STRING)) {
            throw malformed("constructed string at offset " + start + " (DER)");
        }
        int lengthByte = u8(limit);
        if (lengthByte == 0x80) {
            if (rules == Rules.DER) {
                throw malformed("indefinite length at offset " + start + " (DER)");
            }
            if (!constructed) {
                throw malformed("indefinite length on a primitive element at offset " + start);
            }
            int contentStart = pos;
            List<Asn1Node> children = new ArrayList<>();
            while (true) {
                if (pos + 2 <= limit && in[pos] == 0 && in[pos + 1] == 0) {
                    int contentEnd = pos;
                    pos += 2;
                    return new Asn1Node(in, tagClass, true, tagNumber, start, contentStart, contentEnd, pos, children);
                }
                if (pos >= limit) {
                    throw malformed("missing end-of-contents for the element at offset " + start);
                }
                children.add(element(limit, depth + 1));
            }
        }
        int length = definiteLength(lengthByte, limit);
        int contentStart = pos;
        int contentEnd = contentStart + length;
        List<Asn1Node> children = new ArrayList<>();
        if (constructed) {
            while (pos < contentEnd) {
                children.add(element(contentEnd, depth + 1));
            }
        } else {
            pos = contentEnd;
        }
        return new Asn1Node(in, tagClass, constructed, tagNumber, start, contentStart, contentEnd, contentEnd, children);
    }

    private int longTagNumber(int limit) {
        int v = 0;
        int b;
        int count = 0;
        do {
            b = u8(limit);
            if (count == 0 && b == 0x80) {
                throw malformed("tag number with a leading 0x80 at offset " + (pos - 1));
            }
            if (++count > 3) {
                throw AttestException.of(Reason.LIMIT_EXCEEDED, "tag number above MAX_TAG_NUMBER=" + MAX_TAG_NUMBER);
            }
            v = (v << 7) | (b & 0x7f);
        } while ((b & 0x80) != 0);
        if (v < 0x1f && rules == Rules.DER) {
            throw malformed("tag number " + v + " in the long form (DER)");
        }
        return v;
    }

    private int definiteLength(int first, int limit) {
        int at = pos - 1;
        long length;
        if (first < 0x80) {
            length = first;
        } else {
            int n = first & 0x7f;
            if (n > 4) {
                throw AttestException.of(Reason.LIMIT_EXCEEDED, "length of " + n + " octets at offset " + at);
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | u8(limit);
            }
            if (rules == Rules.DER && (length < 0x80 || (n > 1 && (length >>> (8 * (n - 1))) == 0))) {
                throw malformed("length at offset " + at + " not in its shortest form (DER)");
            }
        }
        if (length > limit - pos) {
            throw malformed("length " + length + " at offset " + at + " exceeds the " + (limit - pos) + " remaining bytes");
        }
        return (int) length;
    }

    private int u8(int limit) {
        if (pos >= limit) {
            throw malformed("truncated at offset " + pos);
        }
        return in[pos++] & 0xff;
    }

    private static AttestException malformed(String message) {
        return AttestException.of(Reason.MALFORMED_ASN1, message);
    }
}
