package dev.citadel.cli;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The little DER the CLI needs beyond corecrypto's own encodings: seed-form PKCS#8 for ML-KEM and ML-DSA, and
 * reading the integers of an RSA PKCS#8 key for its JWK. Strict: definite lengths, minimal, no trailing bytes.
 */
final class Der {

    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int OCTET_STRING = 0x04;
    private static final int OID = 0x06;
    private static final int NULL = 0x05;
    /** {@code [0] IMPLICIT OCTET STRING}: the seed alternative of the ML-KEM / ML-DSA private key CHOICE. */
    private static final int SEED_TAG = 0x80;

    private Der() {}

    /**
     * {@code OneAsymmetricKey ::= SEQUENCE { version 0, AlgorithmIdentifier { oid }, privateKey OCTET STRING {
     * seed [0] } }}: the seed form of RFC 9881 §6 (ML-DSA) and of the ML-KEM certificate profile.
     */
    static byte[] seedPkcs8(String oid, byte[] seed) {
        byte[] inner = tlv(SEED_TAG, seed);
        try {
            return tlv(SEQUENCE, tlv(INTEGER, new byte[] {0}), tlv(SEQUENCE, tlv(OID, oid(oid))),
                    tlv(OCTET_STRING, inner));
        } finally {
            Arrays.fill(inner, (byte) 0);
        }
    }

    /** {@code n} and {@code e} of an RSA PKCS#8 key (RFC 8017 A.1.2), unsigned big-endian. */
    static Map<String, byte[]> rsaPublicJwk(byte[] pkcs8) {
        BigInteger[] v = rsaIntegers(pkcs8);
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("n", unsigned(v[1]));
        out.put("e", unsigned(v[2]));
        return out;
    }

    /** {@code d, p, q, dp, dq, qi} of an RSA PKCS#8 key (RFC 7518 §6.3.2). */
    static Map<String, byte[]> rsaPrivateJwk(byte[] pkcs8) {
        BigInteger[] v = rsaIntegers(pkcs8);
        Map<String, byte[]> out = new LinkedHashMap<>();
        String[] names = {"d", "p", "q", "dp", "dq", "qi"};
        for (int i = 0; i < names.length; i++) {
            out.put(names[i], unsigned(v[3 + i]));
        }
        return out;
    }

    /** version, n, e, d, p, q, dp, dq, qi of the RSAPrivateKey inside PKCS#8 (two-prime only). */
    private static BigInteger[] rsaIntegers(byte[] pkcs8) {
        Reader outer = new Reader(pkcs8);
        Reader info = outer.read(SEQUENCE);
        outer.requireEnd();
        info.read(INTEGER);
        Reader algorithm = info.read(SEQUENCE);
        algorithm.read(OID);
        if (algorithm.hasMore()) {
            algorithm.read(NULL);
        }
        algorithm.requireEnd();
        Reader octets = info.read(OCTET_STRING);
        Reader rsa = octets.read(SEQUENCE);
        octets.requireEnd();
        BigInteger[] out = new BigInteger[9];
        for (int i = 0; i < out.length; i++) {
            out[i] = new BigInteger(rsa.read(INTEGER).rest());
        }
        rsa.requireEnd();
        if (out[0].signum() != 0) {
            throw new IllegalStateException("multi-prime RSA keys have no JWK here");
        }
        return out;
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] b = value.toByteArray();
        return b.length > 1 && b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
    }

    static byte[] tlv(int tag, byte[]... contents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] c : contents) {
            body.writeBytes(c);
        }
        byte[] value = body.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            byte[] l = BigInteger.valueOf(length).toByteArray();
            int skip = l[0] == 0 ? 1 : 0;
            out.write(0x80 | (l.length - skip));
            out.write(l, skip, l.length - skip);
        }
        out.writeBytes(value);
        Arrays.fill(value, (byte) 0);
        return out.toByteArray();
    }

    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Integer.parseInt(arcs[0]) * 40 + Integer.parseInt(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            long arc = Long.parseLong(arcs[i]);
            int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(arc) + 6) / 7);
            for (int g = groups - 1; g >= 0; g--) {
                out.write((int) ((arc >>> (7 * g)) & 0x7F) | (g > 0 ? 0x80 : 0));
            }
        }
        return out.toByteArray();
    }

    /** A strict reader over one DER value list. */
    private static final class Reader {
        private final byte[] data;
        private int position;
        private final int end;

        Reader(byte[] data) {
            this(data, 0, data.length);
        }

        private Reader(byte[] data, int start, int end) {
            this.data = data;
            this.position = start;
            this.end = end;
        }

        boolean hasMore() {
            return position < end;
        }

        Reader read(int expectedTag) {
            if (position + 2 > end || (data[position] & 0xFF) != expectedTag) {
                throw new IllegalStateException("unexpected DER: wanted tag " + expectedTag);
            }
            position++;
            int length = data[position++] & 0xFF;
            if (length >= 0x80) {
                int count = length & 0x7F;
                if (count == 0 || count > 3 || position + count > end) {
                    throw new IllegalStateException("unsupported DER length");
                }
                length = 0;
                for (int i = 0; i < count; i++) {
                    length = (length << 8) | (data[position++] & 0xFF);
                }
            }
            if (position + length > end) {
                throw new IllegalStateException("truncated DER");
            }
            Reader inner = new Reader(data, position, position + length);
            position += length;
            return inner;
        }

        byte[] rest() {
            byte[] out = Arrays.copyOfRange(data, position, end);
            position = end;
            return out;
        }

        void requireEnd() {
            if (position != end) {
                throw new IllegalStateException("trailing DER bytes");
            }
        }
    }
}
