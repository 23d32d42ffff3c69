package dev.citadel.trust.revocation;

import java.util.Objects;

/**
 * How revocation is checked and what an unanswered question means. A value, passed per evaluation.
 *
 * <p>For each certificate in {@link #scope()} the checker asks, in order: the stapled OCSP responses, the
 * CRLs supplied with the evaluation, the OCSP responders named in the certificate's Authority Information
 * Access extension, then its (HTTP) CRL distribution points, and stops at the first {@link
 * RevocationStatus.Good} or {@link RevocationStatus.Revoked} answer. What follows from the answer is
 * {@link #mode()}'s business:
 *
 * <table>
 *   <caption>Verdict per status and mode</caption>
 *   <tr><th>status</th><th>SOFT_FAIL</th><th>HARD_FAIL</th><th>REQUIRE_POSITIVE</th></tr>
 *   <tr><td>Good</td><td>accept</td><td>accept</td><td>accept</td></tr>
 *   <tr><td>Revoked</td><td>reject</td><td>reject</td><td>reject</td></tr>
 *   <tr><td>Unknown(UNKNOWN_TO_RESPONDER)</td><td>reject</td><td>reject</td><td>reject</td></tr>
 *   <tr><td>Unknown(NO_RESPONDER)</td><td>accept (unchecked)</td><td>accept (unchecked)</td><td>reject</td></tr>
 *   <tr><td>any other Unknown</td><td>accept (unchecked)</td><td>reject</td><td>reject</td></tr>
 * </table>
 *
 * @param mode  what an unanswered question means
 * @param scope which certificates of the chain are checked
 * @param nonce whether fetched OCSP requests carry a nonce (RFC 8954) and whether the answer must echo it
 */
public record RevocationPolicy(Mode mode, Scope scope, OcspNonce nonce) {

    /** What a missing or unusable answer means. */
    public enum Mode {
        /** No check at all: every certificate is reported {@code Unknown(NOT_CHECKED)} and accepted. */
        OFF,
        /**
         * Accept unless a verified answer says {@code revoked} or {@code unknown}. A responder that cannot be
         * reached, a stale, malformed or wrongly signed answer: all accepted as unchecked.
         * WARNING: an on-path attacker who blocks or garbles the responder turns a revoked certificate into
         * an accepted one. This is what browsers do; it protects only against a revoked certificate used
         * by someone who does not also control the network path.
         */
        SOFT_FAIL,
        /**
         * Reject unless a verified, fresh answer says {@code good} — except a certificate that names no
         * revocation source at all (no OCSP URL, no HTTP CRL distribution point) and has none supplied,
         * which is accepted as unchecked ({@code Unknown(NO_RESPONDER)}).
         */
        HARD_FAIL,
        /**
         * Reject unless a verified, fresh answer says {@code good}; a certificate without any revocation
         * source is rejected too. Use it for private PKIs that staple or publish a CRL for every
         * certificate.
         */
        REQUIRE_POSITIVE
    }

    /** Which certificates of a validated chain (leaf first, anchor last) are checked. */
    public enum Scope {
        /** The leaf only. Intermediates are reported {@code Unknown(NOT_CHECKED)} and accepted. */
        LEAF_ONLY,
        /**
         * Every certificate but the trust anchor (an anchor is revoked by removing it from the trust store);
         * the mode applies to each, and the chain fails if any one fails.
         */
        WHOLE_CHAIN
    }

    /** The OCSP nonce (RFC 8954) on fetched requests. Stapled responses never carry the client's nonce. */
    public enum OcspNonce {
        /** Send none. */
        NONE,
        /** Send one; a response that echoes a nonce must echo exactly ours, one without any is accepted. */
        SEND,
        /** Send one; the response must echo exactly ours (many CDN-fronted responders do not). */
        REQUIRE
    }

    public RevocationPolicy {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(nonce, "nonce");
    }

    /** No revocation checking. */
    public static RevocationPolicy off() {
        return new RevocationPolicy(Mode.OFF, Scope.LEAF_ONLY, OcspNonce.NONE);
    }

    /** {@link Mode#SOFT_FAIL}, leaf only, nonce sent. */
    public static RevocationPolicy softFail() {
        return new RevocationPolicy(Mode.SOFT_FAIL, Scope.LEAF_ONLY, OcspNonce.SEND);
    }

    /** {@link Mode#HARD_FAIL}, whole chain, nonce sent. */
    public static RevocationPolicy hardFail() {
        return new RevocationPolicy(Mode.HARD_FAIL, Scope.WHOLE_CHAIN, OcspNonce.SEND);
    }

    /** {@link Mode#REQUIRE_POSITIVE}, whole chain, nonce sent. */
    public static RevocationPolicy requirePositive() {
        return new RevocationPolicy(Mode.REQUIRE_POSITIVE, Scope.WHOLE_CHAIN, OcspNonce.SEND);
    }

    public RevocationPolicy withScope(Scope newScope) {
        return new RevocationPolicy(mode, newScope, nonce);
    }

    public RevocationPolicy withNonce(OcspNonce newNonce) {
        return new RevocationPolicy(mode, scope, newNonce);
    }
}
