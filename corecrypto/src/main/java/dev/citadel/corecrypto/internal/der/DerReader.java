package dev.citadel.corecrypto.internal.der;

import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException.Reason;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * A strict DER reader (X.690 §10): definite, minimal lengths only; minimal INTEGERs; BIT STRINGs with
 * zero unused bits. Every structure ends with {@link #requireEnd()}. Errors are
 * {@link InvalidInputException}s with reason {@code INVALID_ENCODING} or {@code TRAILING_BYTES}.
 */
public final class DerReader {

    public static final int SEQUENCE = 0x30;
    public static final int INTEGER = 0x02;
    public static final int BIT_STRING = 0x03;
    public static final int OCTET_STRING = 0x04;
    public static final int NULL = 0x05;
    public static final int OID = 0x06;

    /** Longest length field accepted: 4 bytes (structures here are far smaller than 2^31 bytes). */
    private static final int MAX_LENGTH_OCTETS = 4;

    private final byte[] in;
    private final int end;
    private int pos;

    public DerReader(byte[] in) {
        this(in, 0, in.length);
    }

    private DerReader(byte[] in, int start, int end) {
        this.in = in;
        this.pos = start;
        this.end = end;
    }

    public boolean hasMore() {
        return pos < end;
    }

    public int peekTag() {
        if (pos >= end) {
            throw bad("unexpected end of input");
        }
        return in[pos] & 0xff;
    }

    /** Reads a TLV with tag {@code tag} and returns a reader over its contents. */
    public DerReader read(int tag) {
        int t = peekTag();
        if (t != tag) {
            throw bad("expected tag 0x" + Integer.toHexString(tag) + ", found 0x" + Integer.toHexString(t));
        }
        pos++;
        int len = readLength();
        if (len > end - pos) {
            throw bad("length exceeds input");
        }
        DerReader content = new DerReader(in, pos, pos + len);
        pos += len;
        return content;
    }

    /** Reads a TLV with tag {@code tag} and returns its encoding (tag, length and contents). */
    public byte[] readEncoded(int tag) {
        int start = pos;
        read(tag);
        return Arrays.copyOfRange(in, start, pos);
    }

    public DerReader readSequence() {
        return read(SEQUENCE);
    }

    /** A non-negative INTEGER, minimal encoding. */
    public BigInteger readNonNegativeInteger() {
        BigInteger v = readInteger();
        if (v.signum() < 0) {
            throw bad("negative INTEGER");
        }
        return v;
    }

    public BigInteger readInteger() {
        byte[] c = read(INTEGER).rest();
        if (c.length == 0) {
            throw bad("empty INTEGER");
        }
        if (c.length > 1 && ((c[0] == 0 && (c[1] & 0x80) == 0) || (c[0] == (byte) 0xff && (c[1] & 0x80) != 0))) {
            throw bad("non-minimal INTEGER");
        }
        return new BigInteger(c);
    }

    public int readSmallInteger() {
        BigInteger v = readInteger();
        if (v.bitLength() > 31) {
            throw bad("INTEGER out of range");
        }
        return v.intValue();
    }

    public byte[] readOctetString() {
        return read(OCTET_STRING).rest();
    }

    /** A BIT STRING whose unused-bits octet is zero; returns the bytes after that octet. */
    public byte[] readBitString() {
        byte[] c = read(BIT_STRING).rest();
        if (c.length == 0 || c[0] != 0) {
            throw bad("BIT STRING with unused bits");
        }
        return Arrays.copyOfRange(c, 1, c.length);
    }

    /** An OBJECT IDENTIFIER, returned as its full encoding (for comparison with constants). */
    public byte[] readOid() {
        return readEncoded(OID);
    }

    public void readNull() {
        if (read(NULL).hasMore()) {
            throw bad("NULL with contents");
        }
    }

    /** The remaining bytes of this reader, consuming them. */
    public byte[] rest() {
        byte[] r = Arrays.copyOfRange(in, pos, end);
        pos = end;
        return r;
    }

    public void requireEnd() {
        if (pos != end) {
            throw new InvalidInputException(Reason.TRAILING_BYTES, "trailing bytes after DER structure");
        }
    }

    private int readLength() {
        if (pos >= end) {
            throw bad("missing length");
        }
        int first = in[pos++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int n = first & 0x7f;
        if (n == 0) {
            throw bad("indefinite length");
        }
        if (n > MAX_LENGTH_OCTETS || n > end - pos) {
            throw bad("length field too long");
        }
        if (in[pos] == 0) {
            throw bad("non-minimal length");
        }
        long len = 0;
        for (int i = 0; i < n; i++) {
            len = (len << 8) | (in[pos++] & 0xff);
        }
        if (len < 0x80 || len > Integer.MAX_VALUE) {
            throw bad("non-minimal length");
        }
        return (int) len;
    }

    private static InvalidInputException bad(String what) {
        return new InvalidInputException(Reason.INVALID_ENCODING, "DER: " + what);
    }
}
