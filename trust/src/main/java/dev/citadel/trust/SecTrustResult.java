package dev.citadel.trust;

/** The overall outcome of an evaluation, in Apple's {@code SecTrustResultType} terms. */
public enum SecTrustResult {
    /** Trusted through an anchor the relying party added or pinned ({@code kSecTrustResultProceed}). */
    PROCEED,
    /** Trusted through the system's default anchors ({@code kSecTrustResultUnspecified}). */
    UNSPECIFIED,
    /**
     * Not trusted, for reasons a user could reasonably be asked to override: expiry, a name mismatch, an
     * unknown issuer ({@code kSecTrustResultRecoverableTrustFailure}).
     */
    RECOVERABLE_TRUST_FAILURE,
    /** Not trusted, and nothing should override it: bad signatures, malformed or mis-constrained certificates. */
    FATAL_TRUST_FAILURE;

    /** Whether this result means "trusted" (PROCEED or UNSPECIFIED). */
    public boolean trusted() {
        return this == PROCEED || this == UNSPECIFIED;
    }
}
