package dev.citadel.trust.ct;

import dev.citadel.trust.TrustReason;

/**
 * Why Certificate Transparency input was refused: a malformed SCT list, certificate, OCSP response or log
 * list, or a single SCT that does not verify. Unchecked, with a machine-readable {@link Reason}.
 *
 * <p>Per-SCT problems found while evaluating a policy (an unknown log, a bad signature…) are not thrown:
 * {@link CtVerifier#evaluate} reports them per SCT in the {@link CtVerdict}. They are thrown only by
 * {@link CtVerifier#verify}, which checks one SCT and must return a proof or fail.
 */
public final class CtException extends dev.citadel.trust.TrustException {

    /** The machine-readable reason. */
    public enum Reason {
        /** The TLS encoding of a SignedCertificateTimestampList or SCT is malformed (RFC 6962 §3.3). */
        MALFORMED_SCT_LIST,
        /** An SCT's version is not v1 (RFC 6962 §3.2). */
        UNSUPPORTED_SCT_VERSION,
        /** A list, an SCT or a field is larger than the limit named in {@link SctLists}. */
        LIMIT_EXCEEDED,
        /** The leaf or issuer certificate is not parseable DER, or its SCT extension is malformed. */
        MALFORMED_CERTIFICATE,
        /** The stapled OCSP response is not parseable DER, or has no response for the leaf. */
        MALFORMED_OCSP_RESPONSE,
        /** The log list JSON is not a well-formed v3 log list. */
        MALFORMED_LOG_LIST,
        /** The SCT's log is not in the log list. */
        UNKNOWN_LOG,
        /** The log's key is not one Citadel verifies (RSA below 2048 bits, raw keys, other curves…). */
        UNSUPPORTED_LOG_KEY,
        /** The SCT uses a hash or signature algorithm other than SHA-256 with ECDSA or RSA. */
        UNSUPPORTED_ALGORITHM,
        /** The SCT signature does not verify over the rebuilt entry. */
        BAD_SIGNATURE,
        /** The SCT timestamp is after the validation instant. */
        FUTURE_TIMESTAMP,
        /** The input needed for the entry is missing (an embedded SCT without the issuer certificate). */
        MISSING_ISSUER,
        /** The certificate does not comply with the CT policy; {@link #verdict()} says why. */
        NOT_COMPLIANT
    }

    private final Reason reason;
    private final transient CtVerdict.NonCompliant verdict;

    public CtException(Reason reason, String message) {
        super(TrustReason.CERTIFICATE_TRANSPARENCY, "ct: " + reason + ": " + message, null);
        this.reason = reason;
        this.verdict = null;
    }

    CtException(CtVerdict.NonCompliant verdict) {
        super(TrustReason.CERTIFICATE_TRANSPARENCY,
                "ct: " + Reason.NOT_COMPLIANT + ": " + verdict.policy() + " policy: " + verdict.reason() + ": " + verdict.detail(), null);
        this.reason = Reason.NOT_COMPLIANT;
        this.verdict = verdict;
    }

    /** The CT-specific reason; {@link #reason()} is always {@link TrustReason#CERTIFICATE_TRANSPARENCY}. */
    public Reason ctReason() {
        return reason;
    }

    /** The non-compliant verdict, for {@link Reason#NOT_COMPLIANT}. */
    public java.util.Optional<CtVerdict.NonCompliant> verdict() {
        return java.util.Optional.ofNullable(verdict);
    }

}
