package dev.citadel.cryptokit.keys;

import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import java.util.Arrays;

/**
 * PKCS#1 {@code RSAPrivateKey} (Apple's RSA private external representation) to and from the PKCS#8
 * {@code PrivateKeyInfo} corecrypto reads: the rsaEncryption algorithm identifier with NULL
 * parameters (RFC 8017 Appendix A.1, RFC 5208). Strict DER; corecrypto validates the key itself.
 */
final class Pkcs1 {

    /** {@code INTEGER 0, SEQUENCE { OID 1.2.840.113549.1.1.1, NULL }}. */
    private static final byte[] VERSION_AND_ALGORITHM = {
        0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    private Pkcs1() {}

    static byte[] toPkcs8(byte[] rsaPrivateKey) {
        byte[] octets = tlv(0x04, rsaPrivateKey);
        byte[] body = Arrays.copyOf(VERSION_AND_ALGORITHM, VERSION_AND_ALGORITHM.length + octets.length);
        System.arraycopy(octets, 0, body, VERSION_AND_ALGORITHM.length, octets.length);
        return tlv(0x30, body);
    }

    static byte[] fromPkcs8(byte[] pkcs8) {
        int[] pos = {0};
        int seqLength = header(pkcs8, pos, 0x30);
        if (pos[0] + seqLength != pkcs8.length) {
            throw invalid("PKCS#8 length");
        }
        if (pkcs8.length - pos[0] < VERSION_AND_ALGORITHM.length
                || !Arrays.equals(pkcs8, pos[0], pos[0] + VERSION_AND_ALGORITHM.length, VERSION_AND_ALGORITHM, 0, VERSION_AND_ALGORITHM.length)) {
            throw invalid("not a version-0 rsaEncryption PrivateKeyInfo");
        }
        pos[0] += VERSION_AND_ALGORITHM.length;
        int len = header(pkcs8, pos, 0x04);
        if (pos[0] + len != pkcs8.length) {
            throw invalid("attributes or trailing data after the private key");
        }
        return Arrays.copyOfRange(pkcs8, pos[0], pkcs8.length);
    }

    private static int header(byte[] der, int[] pos, int tag) {
        if (pos[0] + 2 > der.length || (der[pos[0]] & 0xff) != tag) {
            throw invalid("expected tag " + tag);
        }
        pos[0]++;
        int first = der[pos[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int n = first & 0x7f;
        if (n < 1 || n > 3 || pos[0] + n > der.length || der[pos[0]] == 0) {
            throw invalid("bad length");
        }
        int len = 0;
        for (int i = 0; i < n; i++) {
            len = (len << 8) | (der[pos[0]++] & 0xff);
        }
        if (len < 0x80) {
            throw invalid("non-minimal length");
        }
        return len;
    }

    private static byte[] tlv(int tag, byte[] body) {
        int n = body.length;
        byte[] len = n < 0x80 ? new byte[] {(byte) n}
                : n < 0x100 ? new byte[] {(byte) 0x81, (byte) n}
                : n < 0x10000 ? new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n}
                : new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
        byte[] out = new byte[1 + len.length + n];
        out[0] = (byte) tag;
        System.arraycopy(len, 0, out, 1, len.length);
        System.arraycopy(body, 0, out, 1 + len.length, n);
        return out;
    }

    private static CryptoKitException invalid(String why) {
        return CryptoKitException.of(Reason.INVALID_ENCODING, "RSA private key: " + why);
    }
}
