package dev.citadel.trust.internal.ct;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal strict DER walking over raw bytes, for the one job BouncyCastle's object model cannot do
 * faithfully: removing one extension from a TBSCertificate while keeping every other byte exactly as the
 * CA encoded it (re-encoding through an object model could normalise a non-canonical field and break the
 * SCT signature). Single-byte tags only, definite minimal lengths; anything else is refused.
 */
final class Der {

    static final int SEQUENCE = 0x30;
    static final int OCTET_STRING = 0x04;
    static final int OID = 0x06;
    static final int BOOLEAN = 0x01;
    static final int EXTENSIONS_TAG = 0xA3; // [3] EXPLICIT in TBSCertificate (RFC 5280 §4.1)

    /** One TLV: tag, where its value starts and where it ends, inside {@code source}. */
    record Tlv(byte[] source, int tag, int start, int valueStart, int end) {
        int valueLength() {
            return end - valueStart;
        }

        byte[] encoded() {
            return java.util.Arrays.copyOfRange(source, start, end);
        }

        byte[] value() {
            return java.util.Arrays.copyOfRange(source, valueStart, end);
        }

        /** The TLVs inside this one's value, all of it consumed. */
        List<Tlv> children() {
            List<Tlv> out = new ArrayList<>();
            int position = valueStart;
            while (position < end) {
                Tlv child = read(source, position, end);
                out.add(child);
                position = child.end;
            }
            return out;
        }
    }

    /** Thrown on malformed DER; callers turn it into their own reason. */
    static final class DerException extends RuntimeException {
        DerException(String message) {
            super(message, null, false, false);
        }
    }

    private Der() {}

    /** Reads the single TLV spanning all of {@code input}; trailing bytes are refused. */
    static Tlv readAll(byte[] input) {
        Tlv tlv = read(input, 0, input.length);
        if (tlv.end != input.length) {
            throw new DerException((input.length - tlv.end) + " trailing bytes after DER value");
        }
        return tlv;
    }

    static Tlv read(byte[] in, int position, int limit) {
        int start = position;
        if (limit - position < 2) {
            throw new DerException("truncated DER header");
        }
        int tag = in[position++] & 0xFF;
        if ((tag & 0x1F) == 0x1F) {
            throw new DerException("multi-byte DER tags are not expected here");
        }
        int first = in[position++] & 0xFF;
        long length;
        if (first < 0x80) {
            length = first;
        } else {
            int count = first & 0x7F;
            if (count == 0) {
                throw new DerException("indefinite length is not DER");
            }
            if (count > 4 || limit - position < count) {
                throw new DerException("DER length too long or truncated");
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = (length << 8) | (in[position++] & 0xFF);
            }
            if (length < 0x80 || (count > 1 && (length >> ((count - 1) * 8)) == 0)) {
                throw new DerException("non-minimal DER length");
            }
        }
        if (length > limit - position) {
            throw new DerException("DER value runs past its container");
        }
        return new Tlv(in, tag, start, position, position + (int) length);
    }

    /** Encodes a TLV with a minimal definite length around {@code content}. */
    static byte[] wrap(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = length > 0xFFFFFF ? 4 : length > 0xFFFF ? 3 : length > 0xFF ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write((length >>> (8 * i)) & 0xFF);
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
