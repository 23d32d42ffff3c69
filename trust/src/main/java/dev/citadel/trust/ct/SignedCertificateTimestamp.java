package dev.citadel.trust.ct;

import java.time.Instant;
import java.util.HexFormat;

/**
 * RFC 6962 §3.2 {@code SignedCertificateTimestamp}, v1, as parsed from a list; not yet verified. Immutable:
 * accessors for byte fields return copies. Obtain instances from {@link SctLists}; verify them with
 * {@link CtVerifier}.
 */
public final class SignedCertificateTimestamp {

    /** RFC 6962 §3.2 {@code Version v1(0)}, the only version Citadel accepts. */
    public static final int V1 = 0;
    /** RFC 5246 §7.4.1.4.1 {@code HashAlgorithm sha256(4)}. */
    public static final int HASH_SHA256 = 4;
    /** RFC 5246 §7.4.1.4.1 {@code SignatureAlgorithm rsa(1)}. */
    public static final int SIGNATURE_RSA = 1;
    /** RFC 5246 §7.4.1.4.1 {@code SignatureAlgorithm ecdsa(3)}. */
    public static final int SIGNATURE_ECDSA = 3;

    private final LogId logId;
    private final long timestampMillis;
    private final byte[] extensions;
    private final int hashAlgorithm;
    private final int signatureAlgorithm;
    private final byte[] signature;
    private final SctSource source;
    private final byte[] encoded;

    /** Built by the parser only: the fields are copied, never shared. */
    SignedCertificateTimestamp(LogId logId, long timestampMillis, byte[] extensions, int hashAlgorithm,
            int signatureAlgorithm, byte[] signature, SctSource source, byte[] encoded) {
        this.logId = logId;
        this.timestampMillis = timestampMillis;
        this.extensions = extensions.clone();
        this.hashAlgorithm = hashAlgorithm;
        this.signatureAlgorithm = signatureAlgorithm;
        this.signature = signature.clone();
        this.source = source;
        this.encoded = encoded.clone();
    }

    public int version() {
        return V1;
    }

    public LogId logId() {
        return logId;
    }

    /** Milliseconds since the epoch, as the log signed them (RFC 6962 §3.2 {@code uint64 timestamp}). */
    public long timestampMillis() {
        return timestampMillis;
    }

    public Instant timestamp() {
        return Instant.ofEpochMilli(timestampMillis);
    }

    /** The {@code CtExtensions} bytes (empty for RFC 6962 logs; static-ct-api logs put the leaf index here). */
    public byte[] extensions() {
        return extensions.clone();
    }

    /** The TLS {@code HashAlgorithm} code of the {@code DigitallySigned} struct. */
    public int hashAlgorithm() {
        return hashAlgorithm;
    }

    /** The TLS {@code SignatureAlgorithm} code of the {@code DigitallySigned} struct. */
    public int signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The signature bytes (DER ECDSA-Sig-Value or RSASSA-PKCS1-v1_5). */
    public byte[] signature() {
        return signature.clone();
    }

    public SctSource source() {
        return source;
    }

    /** The serialised SCT exactly as received. */
    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public String toString() {
        return "SCT[" + source + ", log " + logId + ", " + timestamp() + ", sig "
                + hashAlgorithm + "/" + signatureAlgorithm + ", " + signature.length + " bytes"
                + (extensions.length == 0 ? "" : ", extensions " + HexFormat.of().formatHex(extensions)) + "]";
    }
}
