package dev.citadel.trust.internal.ct;

import java.io.ByteArrayOutputStream;

/**
 * The bytes an SCT signature covers (RFC 6962 §3.2, the {@code digitally-signed struct}): version v1,
 * {@code signature_type certificate_timestamp}, the timestamp, the entry type, the signed entry and the
 * SCT's extensions.
 */
public final class SignedEntry {

    private static final int CERTIFICATE_TIMESTAMP = 0;
    private static final int X509_ENTRY = 0;
    private static final int PRECERT_ENTRY = 1;
    /** {@code opaque ASN.1Cert<1..2^24-1>} and {@code opaque TBSCertificate<1..2^24-1>}. */
    private static final int MAX_24 = (1 << 24) - 1;

    private SignedEntry() {}

    /** For SCTs delivered by OCSP or TLS: {@code X509ChainEntry}'s leaf, the certificate's own DER. */
    public static byte[] x509(long timestamp, byte[] leafDer, byte[] extensions) {
        ByteArrayOutputStream out = header(timestamp, X509_ENTRY, leafDer.length + 64);
        vector24(out, leafDer);
        vector16(out, extensions);
        return out.toByteArray();
    }

    /** For embedded SCTs: {@code PreCert { issuer_key_hash, tbs_certificate }}. */
    public static byte[] precert(long timestamp, byte[] issuerKeyHash, byte[] precertTbs, byte[] extensions) {
        if (issuerKeyHash.length != 32) {
            throw new IllegalArgumentException("issuer_key_hash is 32 bytes");
        }
        ByteArrayOutputStream out = header(timestamp, PRECERT_ENTRY, precertTbs.length + 96);
        out.writeBytes(issuerKeyHash);
        vector24(out, precertTbs);
        vector16(out, extensions);
        return out.toByteArray();
    }

    private static ByteArrayOutputStream header(long timestamp, int entryType, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.write(0); // Version v1
        out.write(CERTIFICATE_TIMESTAMP);
        for (int i = 7; i >= 0; i--) {
            out.write((int) (timestamp >>> (8 * i)) & 0xFF);
        }
        out.write(0);
        out.write(entryType);
        return out;
    }

    private static void vector24(ByteArrayOutputStream out, byte[] value) {
        if (value.length < 1 || value.length > MAX_24) {
            throw new IllegalArgumentException("certificate of " + value.length + " bytes does not fit <1..2^24-1>");
        }
        out.write(value.length >>> 16);
        out.write((value.length >>> 8) & 0xFF);
        out.write(value.length & 0xFF);
        out.writeBytes(value);
    }

    private static void vector16(ByteArrayOutputStream out, byte[] value) {
        out.write(value.length >>> 8);
        out.write(value.length & 0xFF);
        out.writeBytes(value);
    }
}
