package dev.citadel.trust.ct;

import dev.citadel.trust.ct.CtException.Reason;
import dev.citadel.trust.internal.ct.CertificateScts;
import dev.citadel.trust.internal.ct.OcspScts;
import dev.citadel.trust.internal.ct.TlsReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict parsing of RFC 6962 §3.3 {@code SignedCertificateTimestampList}s from their three carriers: the
 * certificate extension 1.3.6.1.4.1.11129.2.4.2, a stapled OCSP response's single extension
 * 1.3.6.1.4.1.11129.2.4.5, and the TLS {@code signed_certificate_timestamp} extension (already-extracted
 * bytes).
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>Every length prefix is checked against what is left and against the named limits below; a list
 *       or SCT with trailing bytes, an empty list, an empty SCT or a truncated field is
 *       {@link Reason#MALFORMED_SCT_LIST}; anything over a limit is {@link Reason#LIMIT_EXCEEDED}.</li>
 *   <li>Only v1 SCTs are accepted ({@link Reason#UNSUPPORTED_SCT_VERSION} otherwise): an SCT of an unknown
 *       version cannot be verified, and RFC 6962 gives no way to skip a field inside it.</li>
 *   <li>Parsing is linear in the input and allocates at most the input's size.</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Verify anything: parsed SCTs go to {@link CtVerifier}.
 */
public final class SctLists {

    /** The whole list: {@code SerializedSCT sct_list <1..2^16-1>} (RFC 6962 §3.3). */
    public static final int MAX_LIST_BYTES = 0xFFFF;
    /** SCTs per list: real certificates carry 2–5; the cap bounds signature checks per list. */
    public static final int MAX_SCTS_PER_LIST = 16;
    /** One serialised SCT: v1 with a 512-byte RSA-4096 signature is ≈ 560 bytes; 2,048 leaves room for extensions. */
    public static final int MAX_SCT_BYTES = 2048;
    /** {@code CtExtensions} bytes: empty for RFC 6962 logs, 8 for static-ct-api's leaf index. */
    public static final int MAX_EXTENSIONS_BYTES = 256;
    /** Signature bytes: 512 covers RSA-4096, the largest log key Citadel verifies. */
    public static final int MAX_SIGNATURE_BYTES = 512;

    private SctLists() {}

    /**
     * The SCTs embedded in {@code certificateDer}; an empty list when it has no SCT extension.
     * Malformed certificate DER is {@link Reason#MALFORMED_CERTIFICATE}.
     */
    public static List<SignedCertificateTimestamp> fromCertificate(byte[] certificateDer) {
        return CertificateScts.of(certificateDer)
                .map(found -> parse(found.sctList(), SctSource.EMBEDDED))
                .orElse(List.of());
    }

    /**
     * The SCTs a stapled OCSP response ({@code OCSPResponse} or {@code BasicOCSPResponse} DER) carries
     * for {@code leafDer}, issued by {@code issuerDer}; empty when the response has none.
     */
    public static List<SignedCertificateTimestamp> fromOcspResponse(byte[] ocspDer, byte[] leafDer, byte[] issuerDer) {
        return OcspScts.find(ocspDer, Certificates.parse(leafDer, "leaf"), Certificates.parse(issuerDer, "issuer"))
                .map(list -> parse(list, SctSource.OCSP))
                .orElse(List.of());
    }

    /** Parses a TLS-encoded {@code SignedCertificateTimestampList} delivered by {@code source}. */
    public static List<SignedCertificateTimestamp> parse(byte[] tlsEncodedList, SctSource source) {
        if (tlsEncodedList.length > MAX_LIST_BYTES + 2) {
            throw new CtException(Reason.LIMIT_EXCEEDED, "SCT list of " + tlsEncodedList.length + " bytes");
        }
        TlsReader outer = new TlsReader(tlsEncodedList);
        byte[] body = outer.readVector(2, 1, MAX_LIST_BYTES, "sct_list");
        outer.requireEnd("SignedCertificateTimestampList");
        TlsReader list = new TlsReader(body);
        List<SignedCertificateTimestamp> out = new ArrayList<>();
        while (list.remaining() > 0) {
            if (out.size() == MAX_SCTS_PER_LIST) {
                throw new CtException(Reason.LIMIT_EXCEEDED, "more than " + MAX_SCTS_PER_LIST + " SCTs in one list");
            }
            int length = (int) list.readUnsigned(2, "SerializedSCT length");
            if (length == 0) {
                throw new CtException(Reason.MALFORMED_SCT_LIST, "empty SerializedSCT (must be <1..2^16-1>)");
            }
            if (length > MAX_SCT_BYTES) {
                throw new CtException(Reason.LIMIT_EXCEEDED, "SCT of " + length + " bytes (limit " + MAX_SCT_BYTES + ")");
            }
            out.add(parseOne(list.readFixed(length, "SerializedSCT"), source));
        }
        return List.copyOf(out);
    }

    /** Parses one serialised SCT (RFC 6962 §3.2), as a TLS server or a test may hold it. */
    public static SignedCertificateTimestamp parseOne(byte[] serialized, SctSource source) {
        TlsReader in = new TlsReader(serialized);
        int version = (int) in.readUnsigned(1, "sct_version");
        if (version != SignedCertificateTimestamp.V1) {
            throw new CtException(Reason.UNSUPPORTED_SCT_VERSION, "SCT version " + version + " (only v1 = 0)");
        }
        LogId logId = LogId.of(in.readFixed(LogId.LENGTH, "id"));
        long timestamp = in.readUnsigned(8, "timestamp");
        int extensionsLength = (int) in.readUnsigned(2, "extensions length");
        if (extensionsLength > MAX_EXTENSIONS_BYTES) {
            throw new CtException(Reason.LIMIT_EXCEEDED, "SCT extensions of " + extensionsLength + " bytes");
        }
        byte[] extensions = in.readFixed(extensionsLength, "extensions");
        int hash = (int) in.readUnsigned(1, "hash algorithm");
        int signatureAlgorithm = (int) in.readUnsigned(1, "signature algorithm");
        int signatureLength = (int) in.readUnsigned(2, "signature length");
        if (signatureLength == 0) {
            throw new CtException(Reason.MALFORMED_SCT_LIST, "empty signature");
        }
        if (signatureLength > MAX_SIGNATURE_BYTES) {
            throw new CtException(Reason.LIMIT_EXCEEDED, "signature of " + signatureLength + " bytes");
        }
        byte[] signature = in.readFixed(signatureLength, "signature");
        in.requireEnd("SignedCertificateTimestamp");
        return new SignedCertificateTimestamp(logId, timestamp, extensions, hash, signatureAlgorithm, signature,
                source, serialized);
    }
}
