package dev.citadel.passkeys.attestation.internal;

import dev.citadel.encoding.Bytes;
import java.util.Arrays;

/**
 * The TPM 2.0 structures a {@code tpm} statement carries (TPM 2.0 Part 2 §10.12.12 TPMS_ATTEST, §12.2.4
 * TPMT_PUBLIC), parsed strictly: big-endian fields, sized buffers bounded by named limits, nothing after.
 */
public final class TpmStructures {

    /** TPM_GENERATED_VALUE: every TPMS_ATTEST the TPM signs starts with it (Part 2 §6.2). */
    public static final long TPM_GENERATED_VALUE = 0xff544347L;
    /** TPM_ST_ATTEST_CERTIFY (Part 2 §6.9). */
    public static final int TPM_ST_ATTEST_CERTIFY = 0x8017;
    public static final int TPM_ALG_RSA = 0x0001;
    public static final int TPM_ALG_SHA1 = 0x0004;
    public static final int TPM_ALG_SHA256 = 0x000B;
    public static final int TPM_ALG_SHA384 = 0x000C;
    public static final int TPM_ALG_SHA512 = 0x000D;
    public static final int TPM_ALG_NULL = 0x0010;
    public static final int TPM_ALG_ECC = 0x0023;
    public static final int TPM_ECC_NIST_P256 = 0x0003;
    public static final int TPM_ECC_NIST_P384 = 0x0004;
    public static final int TPM_ECC_NIST_P521 = 0x0005;
    /** Largest certInfo accepted, in bytes (a TPMS_ATTEST of type CERTIFY is under 200). */
    public static final int MAX_CERT_INFO_BYTES = 1024;
    /** Largest pubArea accepted, in bytes (an RSA-4096 TPMT_PUBLIC is about 600). */
    public static final int MAX_PUB_AREA_BYTES = 2048;
    /** Largest sized buffer (TPM2B) inside either structure: a 4096-bit modulus. */
    public static final int MAX_TPM2B_BYTES = 512;

    private TpmStructures() {}

    /** Not a well-formed structure; the message names the field. */
    public static final class TpmFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TpmFormatException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * TPMS_ATTEST with attested = TPMS_CERTIFY_INFO.
     *
     * @param magic must be {@link #TPM_GENERATED_VALUE}
     * @param type must be {@link #TPM_ST_ATTEST_CERTIFY}
     * @param extraData the hash of attToBeSigned
     * @param certifiedName TPMS_CERTIFY_INFO.name: nameAlg || H(pubArea)
     */
    public record CertInfo(long magic, int type, Bytes qualifiedSigner, Bytes extraData, Bytes certifiedName, Bytes qualifiedName) {}

    /**
     * TPMT_PUBLIC.
     *
     * @param type TPM_ALG_RSA or TPM_ALG_ECC
     * @param nameAlg the hash of the object's Name
     * @param rsaExponent RSA: the exponent (0 means 65537)
     * @param curveId ECC: the curve
     * @param unique RSA: the modulus; ECC: x (y in {@code uniqueY})
     */
    public record PubArea(int type, int nameAlg, long objectAttributes, long rsaExponent, int curveId, Bytes unique, Bytes uniqueY) {}

    public static CertInfo certInfo(byte[] b) {
        if (b.length > MAX_CERT_INFO_BYTES) {
            throw new TpmFormatException("certInfo larger than MAX_CERT_INFO_BYTES=" + MAX_CERT_INFO_BYTES);
        }
        Reader r = new Reader(b);
        long magic = r.u32("magic");
        int type = r.u16("type");
        Bytes qualifiedSigner = r.tpm2b("qualifiedSigner");
        Bytes extraData = r.tpm2b("extraData");
        r.skip(17, "clockInfo");
        r.skip(8, "firmwareVersion");
        if (type != TPM_ST_ATTEST_CERTIFY) {
            return new CertInfo(magic, type, qualifiedSigner, extraData, Bytes.of(new byte[0]), Bytes.of(new byte[0]));
        }
        Bytes name = r.tpm2b("attested.name");
        Bytes qualifiedName = r.tpm2b("attested.qualifiedName");
        r.end("certInfo");
        return new CertInfo(magic, type, qualifiedSigner, extraData, name, qualifiedName);
    }

    public static PubArea pubArea(byte[] b) {
        if (b.length > MAX_PUB_AREA_BYTES) {
            throw new TpmFormatException("pubArea larger than MAX_PUB_AREA_BYTES=" + MAX_PUB_AREA_BYTES);
        }
        Reader r = new Reader(b);
        int type = r.u16("type");
        int nameAlg = r.u16("nameAlg");
        long attributes = r.u32("objectAttributes");
        r.tpm2b("authPolicy");
        // parameters: symmetric (TPMT_SYM_DEF_OBJECT), scheme, then the type's own fields.
        int symmetric = r.u16("symmetric");
        if (symmetric != TPM_ALG_NULL) {
            r.skip(4, "symmetric keyBits and mode");
        }
        int scheme = r.u16("scheme");
        if (scheme != TPM_ALG_NULL) {
            r.u16("scheme hashAlg");
        }
        PubArea p;
        if (type == TPM_ALG_RSA) {
            r.u16("keyBits");
            long exponent = r.u32("exponent");
            Bytes n = r.tpm2b("unique (RSA modulus)");
            p = new PubArea(type, nameAlg, attributes, exponent, 0, n, Bytes.of(new byte[0]));
        } else if (type == TPM_ALG_ECC) {
            int curve = r.u16("curveID");
            int kdf = r.u16("kdf");
            if (kdf != TPM_ALG_NULL) {
                r.u16("kdf hashAlg");
            }
            Bytes x = r.tpm2b("unique.x");
            Bytes y = r.tpm2b("unique.y");
            p = new PubArea(type, nameAlg, attributes, 0, curve, x, y);
        } else {
            throw new TpmFormatException("pubArea type 0x" + Integer.toHexString(type) + " is neither RSA nor ECC");
        }
        r.end("pubArea");
        return p;
    }

    private static final class Reader {
        private final byte[] b;
        private int pos;

        Reader(byte[] b) {
            this.b = b;
        }

        private void need(int n, String field) {
            if (n > b.length - pos) {
                throw new TpmFormatException(field + " is truncated");
            }
        }

        int u16(String field) {
            need(2, field);
            int v = ((b[pos] & 0xff) << 8) | (b[pos + 1] & 0xff);
            pos += 2;
            return v;
        }

        long u32(String field) {
            need(4, field);
            long v = ((b[pos] & 0xffL) << 24) | ((b[pos + 1] & 0xffL) << 16) | ((b[pos + 2] & 0xffL) << 8) | (b[pos + 3] & 0xffL);
            pos += 4;
            return v;
        }

        Bytes tpm2b(String field) {
            int size = u16(field + " size");
            if (size > MAX_TPM2B_BYTES) {
                throw new TpmFormatException(field + " of " + size + " bytes, more than MAX_TPM2B_BYTES=" + MAX_TPM2B_BYTES);
            }
            need(size, field);
            Bytes v = Bytes.of(Arrays.copyOfRange(b, pos, pos + size));
            pos += size;
            return v;
        }

        void skip(int n, String field) {
            need(n, field);
            pos += n;
        }

        void end(String structure) {
            if (pos != b.length) {
                throw new TpmFormatException((b.length - pos) + " bytes after the " + structure);
            }
        }
    }
}
