package dev.citadel.trust.revocation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What the revocation sources say about one certificate. */
public sealed interface RevocationStatus permits RevocationStatus.Good, RevocationStatus.Revoked, RevocationStatus.Unknown {

    /** Where a definitive answer came from. */
    enum Source {
        /** An OCSP response handed over with the certificate (TLS stapling). */
        STAPLED_OCSP,
        /** An OCSP response fetched from the responder in the certificate's AIA extension. */
        FETCHED_OCSP,
        /** A CRL supplied with the evaluation. */
        SUPPLIED_CRL,
        /** A CRL fetched from (or cached for) the certificate's CRL distribution point. */
        FETCHED_CRL
    }

    /**
     * A verified, fresh answer that the certificate is not revoked.
     *
     * @param nextUpdate when the source promises newer information; empty for an OCSP response without
     *                   {@code nextUpdate} (then accepted for at most the checker's maximum age)
     */
    record Good(Source source, Instant thisUpdate, Optional<Instant> nextUpdate) implements RevocationStatus {
        public Good {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(thisUpdate, "thisUpdate");
            Objects.requireNonNull(nextUpdate, "nextUpdate");
        }
    }

    /** A verified answer that the certificate is revoked (or on hold). */
    record Revoked(RevocationReason reason, Instant revocationTime, Source source) implements RevocationStatus {
        public Revoked {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(revocationTime, "revocationTime");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * No usable answer. When several sources were tried, {@code why} is the most serious of their failures
     * (the later constants of {@link Reason} are the more serious) and {@code detail} lists them all.
     */
    record Unknown(Reason why, String detail) implements RevocationStatus {
        public Unknown {
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Why there is no usable answer, from the least to the most serious. */
    enum Reason {
        /** Revocation was not checked (policy off, or the certificate is outside the policy's scope). */
        NOT_CHECKED,
        /** The certificate names no OCSP responder or HTTP CRL distribution point and none was supplied. */
        NO_RESPONDER,
        /** The response or CRL does not cover this certificate (other CertID, CRL scope excludes it). */
        NOT_COVERED,
        /** The source could not be reached or answered with an HTTP error. */
        FETCH_FAILED,
        /** The source did not answer within the fetch timeout. */
        FETCH_TIMEOUT,
        /** The answer exceeded its size limit and was not read further. */
        RESPONSE_TOO_LARGE,
        /** The OCSP responder answered with a status other than {@code successful} (RFC 6960 §4.2.1). */
        RESPONDER_ERROR,
        /** The answer uses a feature not implemented here (delta or indirect CRL, unsupported algorithm). */
        UNSUPPORTED,
        /** The answer's {@code nextUpdate} (or maximum age) has passed at the validation instant. */
        STALE,
        /** The answer's {@code thisUpdate} lies in the future beyond the allowed clock skew. */
        NOT_YET_VALID,
        /** The answer is not strict DER of its type, or breaks a MUST of RFC 5280 / RFC 6960. */
        MALFORMED,
        /** The request carried a nonce and the response echoed a different one (or, if required, none). */
        NONCE_MISMATCH,
        /** A correctly signed OCSP response says {@code unknown}: the responder does not know this certificate. */
        UNKNOWN_TO_RESPONDER,
        /** The CRL issuer's keyUsage lacks {@code cRLSign} (RFC 5280 §4.2.1.3). */
        UNAUTHORISED_CRL_ISSUER,
        /** The OCSP response is signed by neither the issuer nor a responder the issuer delegated to. */
        UNAUTHORISED_RESPONDER,
        /** The signature over the response or CRL does not verify. */
        BAD_SIGNATURE
    }
}
