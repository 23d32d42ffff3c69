package dev.citadel.cryptokit.internal.der;

import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Strict DER for {@code Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }} (RFC 3279 §2.2.3):
 * short or minimal long lengths, minimal positive integers, no trailing bytes.
 */
public final class EcdsaSignatureDer {

    private EcdsaSignatureDer() {}

    /** DER to {@code r || s} of {@code 2 * coordinateLength} bytes. */
    public static byte[] toRaw(byte[] der, int coordinateLength) {
        int[] pos = {0};
        requireTag(der, pos, 0x30);
        int seqLen = length(der, pos);
        if (pos[0] + seqLen < der.length) {
            throw CryptoKitException.of(Reason.TRAILING_BYTES, "bytes after the DER signature");
        }
        if (pos[0] + seqLen != der.length) {
            throw invalid("truncated DER signature");
        }
        BigInteger r = integer(der, pos);
        BigInteger s = integer(der, pos);
        if (pos[0] != der.length) {
            throw invalid("extra elements in the signature SEQUENCE");
        }
        byte[] out = new byte[2 * coordinateLength];
        put(r, out, 0, coordinateLength);
        put(s, out, coordinateLength, coordinateLength);
        return out;
    }

    /** {@code r || s} to DER. */
    public static byte[] fromRaw(byte[] raw) {
        int l = raw.length / 2;
        byte[] r = new BigInteger(1, Arrays.copyOfRange(raw, 0, l)).toByteArray();
        byte[] s = new BigInteger(1, Arrays.copyOfRange(raw, l, 2 * l)).toByteArray();
        byte[] body = new byte[4 + r.length + s.length];
        body[0] = 2;
        body[1] = (byte) r.length;
        System.arraycopy(r, 0, body, 2, r.length);
        body[2 + r.length] = 2;
        body[3 + r.length] = (byte) s.length;
        System.arraycopy(s, 0, body, 4 + r.length, s.length);
        byte[] header = body.length < 128 ? new byte[] {0x30, (byte) body.length} : new byte[] {0x30, (byte) 0x81, (byte) body.length};
        byte[] out = Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, out, header.length, body.length);
        return out;
    }

    private static void put(BigInteger v, byte[] out, int off, int len) {
        byte[] b = v.toByteArray();
        int start = b.length > len ? b.length - len : 0;
        if (b.length - start > len || (start > 0 && b[0] != 0) || start > 1) {
            throw invalid("integer longer than the curve order");
        }
        System.arraycopy(b, start, out, off + len - (b.length - start), b.length - start);
    }

    private static BigInteger integer(byte[] der, int[] pos) {
        requireTag(der, pos, 0x02);
        int len = length(der, pos);
        if (len == 0 || pos[0] + len > der.length) {
            throw invalid("bad INTEGER length");
        }
        byte[] v = Arrays.copyOfRange(der, pos[0], pos[0] + len);
        pos[0] += len;
        if (v[0] < 0) {
            throw invalid("negative INTEGER");
        }
        if (v.length > 1 && v[0] == 0 && v[1] >= 0) {
            throw invalid("non-minimal INTEGER");
        }
        return new BigInteger(v);
    }

    private static void requireTag(byte[] der, int[] pos, int tag) {
        if (pos[0] >= der.length || (der[pos[0]] & 0xff) != tag) {
            throw invalid("expected tag " + tag);
        }
        pos[0]++;
    }

    private static int length(byte[] der, int[] pos) {
        if (pos[0] >= der.length) {
            throw invalid("truncated");
        }
        int b = der[pos[0]++] & 0xff;
        if (b < 0x80) {
            return b;
        }
        if (b != 0x81 || pos[0] >= der.length) {
            throw invalid("unsupported length form");
        }
        int l = der[pos[0]++] & 0xff;
        if (l < 0x80) {
            throw invalid("non-minimal length");
        }
        return l;
    }

    private static CryptoKitException invalid(String why) {
        return CryptoKitException.of(Reason.INVALID_ENCODING, "DER ECDSA signature: " + why);
    }
}
