package dev.citadel.attest.internal.asn1;

import dev.citadel.attest.AttestException;
import dev.citadel.attest.AttestException.Reason;
import dev.citadel.encoding.Bytes;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;

/**
 * One decoded ASN.1 element (X.690): its identifier, where its encoding and contents lie in the input,
 * and, when constructed, its children. Produced by {@link Asn1Reader}.
 *
 * @param input        the whole input (shared, never modified)
 * @param tagClass     0 universal, 1 application, 2 context-specific, 3 private
 * @param constructed  whether the contents are elements
 * @param tagNumber    the tag number
 * @param start        offset of the identifier octet
 * @param contentStart offset of the first contents octet
 * @param contentEnd   offset after the last contents octet (before an end-of-contents marker)
 * @param end          offset after the whole element (after an end-of-contents marker, if any)
 * @param children     the elements of a constructed encoding; empty for a primitive one
 */
public record Asn1Node(byte[] input, int tagClass, boolean constructed, int tagNumber, int start, int contentStart,
                       int contentEnd, int end, List<Asn1Node> children) {

    public static final int UNIVERSAL = 0;
    public static final int CONTEXT = 2;

    public static final int BOOLEAN = 1;
    public static final int INTEGER = 2;
    public static final int BIT_STRING = 3;
    public static final int OCTET_STRING = 4;
    public static final int NULL = 5;
    public static final int OID = 6;
    public static final int UTF8_STRING = 12;
    public static final int SEQUENCE = 16;
    public static final int SET = 17;

    /** Largest value {@link #octets()} assembles from a constructed (chunked) string; bounds allocation. */
    public static final int MAX_STRING_BYTES = 1 << 20;

    public Asn1Node {
        children = List.copyOf(children);
    }

    public boolean is(int cls, int number) {
        return tagClass == cls && tagNumber == number;
    }

    /** Requires a universal element of {@code number}; {@code what} names it in the error. */
    public Asn1Node expect(int number, String what) {
        if (!is(UNIVERSAL, number)) {
            throw malformed(what + ": expected universal tag " + number + ", found class " + tagClass + " tag " + tagNumber);
        }
        return this;
    }

    /** Requires a constructed element with exactly {@code n} children. */
    public Asn1Node requireChildren(int n, String what) {
        if (!constructed || children.size() != n) {
            throw malformed(what + ": expected " + n + " elements, found " + children.size());
        }
        return this;
    }

    public Asn1Node child(int i) {
        return children.get(i);
    }

    /** The whole encoding, identifier to end. */
    public Bytes encoded() {
        return Bytes.of(input, start, end);
    }

    /** The contents octets of a primitive element. */
    public byte[] content() {
        if (constructed) {
            throw malformed("expected a primitive encoding at offset " + start);
        }
        return java.util.Arrays.copyOfRange(input, contentStart, contentEnd);
    }

    /**
     * The value of an OCTET STRING, primitive or constructed from nested OCTET STRING chunks (BER, X.690
     * §8.7.3), at most {@link #MAX_STRING_BYTES}.
     */
    public byte[] octets() {
        expect(OCTET_STRING, "octet string");
        if (!constructed) {
            return content();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        appendChunks(this, out);
        return out.toByteArray();
    }

    private static void appendChunks(Asn1Node node, ByteArrayOutputStream out) {
        for (Asn1Node c : node.children) {
            c.expect(OCTET_STRING, "octet string chunk");
            if (c.constructed) {
                appendChunks(c, out);
            } else {
                if ((long) out.size() + (c.contentEnd - c.contentStart) > MAX_STRING_BYTES) {
                    throw AttestException.of(Reason.LIMIT_EXCEEDED, "octet string longer than MAX_STRING_BYTES=" + MAX_STRING_BYTES);
                }
                out.write(c.input, c.contentStart, c.contentEnd - c.contentStart);
            }
        }
    }

    /** An INTEGER in minimal two's complement (X.690 §8.3.2). */
    public BigInteger integer() {
        expect(INTEGER, "integer");
        byte[] c = content();
        if (c.length == 0 || (c.length > 1 && ((c[0] == 0 && c[1] >= 0) || (c[0] == -1 && c[1] < 0)))) {
            throw malformed("integer at offset " + start + " is empty or not minimal");
        }
        return new BigInteger(c);
    }

    /** A small non-negative INTEGER. */
    public int smallInt(String what) {
        BigInteger v = integer();
        if (v.signum() < 0 || v.bitLength() > 30) {
            throw malformed(what + " out of range: " + v);
        }
        return v.intValue();
    }

    /** An OBJECT IDENTIFIER in dotted form (X.690 §8.19). */
    public String oid() {
        expect(OID, "object identifier");
        byte[] c = content();
        if (c.length == 0 || c.length > 64 || (c[c.length - 1] & 0x80) != 0) {
            throw malformed("object identifier at offset " + start + " is empty, too long or truncated");
        }
        StringBuilder sb = new StringBuilder();
        long v = 0;
        boolean first = true;
        for (int i = 0; i < c.length; i++) {
            if (v == 0 && (c[i] & 0xff) == 0x80) {
                throw malformed("object identifier arc with a leading 0x80 at offset " + start);
            }
            if (v > (Long.MAX_VALUE >>> 7)) {
                throw malformed("object identifier arc too large at offset " + start);
            }
            v = (v << 7) | (c[i] & 0x7f);
            if ((c[i] & 0x80) == 0) {
                if (first) {
                    int a = v < 40 ? 0 : v < 80 ? 1 : 2;
                    sb.append(a).append('.').append(v - 40L * a);
                    first = false;
                } else {
                    sb.append('.').append(v);
                }
                v = 0;
            }
        }
        return sb.toString();
    }

    private static AttestException malformed(String message) {
        return AttestException.of(Reason.MALFORMED_ASN1, message);
    }
}
