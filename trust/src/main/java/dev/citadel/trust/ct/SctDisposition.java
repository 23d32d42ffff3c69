package dev.citadel.trust.ct;

/** What became of one SCT in a {@link CtVerdict}: counted, or the reason it was not. */
public enum SctDisposition {
    /**
     * Valid and counted toward the requirement the verdict's route checked (in a non-compliant verdict:
     * counted, but the requirement was still not met).
     */
    COUNTED,
    /** Valid, but the route the verdict reports does not use it (e.g. an OCSP SCT when the embedded route applied). */
    NOT_USED,
    /** Its log is not in the log list. */
    UNKNOWN_LOG,
    /** Its log's key is not one Citadel verifies. */
    UNSUPPORTED_LOG_KEY,
    /** Not SHA-256 with ECDSA or RSA. */
    UNSUPPORTED_ALGORITHM,
    /** The signature does not verify over the rebuilt entry. */
    BAD_SIGNATURE,
    /** An embedded SCT, and the issuer certificate was not given: the entry cannot be rebuilt. */
    MISSING_ISSUER,
    /** Its timestamp is after the validation instant. */
    FUTURE_TIMESTAMP,
    /** Its log is pending: never counts. */
    LOG_PENDING,
    /** Its log was rejected: never counts. */
    LOG_REJECTED,
    /** The log list gives its log no state: never counts. */
    LOG_STATE_UNSPECIFIED,
    /** Its log is retired and the route needs a currently approved log. */
    LOG_RETIRED,
    /** Its log was retired before the SCT (or, under Chrome, before the earliest SCT) was issued. */
    LOG_RETIRED_BEFORE_SCT,
    /** Another SCT from the same log already counted. */
    DUPLICATE_LOG,
    /** Its operator already contributed the most SCTs that count (Apple: 1 for ≤ 180 days, 2 beyond). */
    DUPLICATE_OPERATOR
}
