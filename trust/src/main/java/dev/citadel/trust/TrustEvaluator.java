package dev.citadel.trust;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Builds and validates certificate paths (Apple {@code SecTrustEvaluateWithError}): from a leaf, through
 * any of the supplied intermediates, to an anchor of a {@link TrustStore}, under a {@link TrustPolicy}, at
 * the time of an injected {@link Clock}.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>Path building, not path checking: candidate issuers are found by name and ordered by
 *       authority/subject key identifier and validity; cross-signed alternatives are tried; a path that
 *       fails any check is abandoned and the next one tried (backtracking), so the order of the supplied
 *       intermediates never matters and an expired cross-sign cannot hide a valid path. A certificate (or
 *       the same subject and key) never appears twice in a path, so loops in issuer graphs end.</li>
 *   <li>RFC 5280 §6.1 validation with the CA/Browser Forum profile where they differ (see
 *       {@code docs/trust.md}): signatures (through cryptokit, MD5/SHA-1/DSA/RSA &lt; 2048 refused),
 *       validity, basicConstraints and pathLenConstraint, keyUsage, extended key usage of the leaf and of
 *       every issuer, name constraints of every CA (DNS, IP, e-mail, URI, directory name), unknown critical
 *       extensions, key identifiers, serial numbers and extension criticality. The trust anchor is checked
 *       like any CA in the path: its expiry and constraints are honoured.</li>
 *   <li>Host names per RFC 9525: subjectAltName only (never the common name), wildcards only as the whole
 *       left-most label and never on a public suffix, IP addresses against iPAddress entries only,
 *       internationalised names through UTS #46.</li>
 *   <li>Every evaluation is bounded: {@link #MAX_SIGNATURE_CHECKS}, {@link #MAX_NAME_CONSTRAINT_CHECKS},
 *       {@link #MAX_PATH_BUILDING_STEPS}, {@link #MAX_PATH_CERTIFICATES} and
 *       {@link #MAX_INTERMEDIATES}; exhausting one fails the evaluation with
 *       {@link TrustReason#BUDGET_EXHAUSTED} (or {@link TrustReason#TOO_MANY_INTERMEDIATES}).</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Process certificate policies (RFC 5280 §6.1.3 (d)–(f)); fetch missing intermediates (AIA); check
 * revocation unless a {@link RevocationStep} is configured. WARNING: without one, a revoked certificate is
 * trusted until it expires.
 */
public final class TrustEvaluator {

    /** Signature verifications per evaluation (Go's {@code maxChainSignatureChecks}); bounds CPU on hostile chains. */
    public static final int MAX_SIGNATURE_CHECKS = 100;
    /** Name-against-subtree comparisons per evaluation; bounds the quadratic blow-up of name constraints. */
    public static final int MAX_NAME_CONSTRAINT_CHECKS = 250_000;
    /** Nodes visited while building paths per evaluation; bounds search on graphs of cross-signs. */
    public static final int MAX_PATH_BUILDING_STEPS = 1_000;
    /** Certificates in one path, leaf and anchor included. */
    public static final int MAX_PATH_CERTIFICATES = 12;
    /** Candidate intermediates accepted per evaluation (a TLS handshake carries a handful). */
    public static final int MAX_INTERMEDIATES = 1_000;

    private final TrustStore store;
    private final Clock clock;
    private final int maxChainDepth;
    private final RevocationStep revocation;

    private TrustEvaluator(Builder b) {
        this.store = b.store;
        this.clock = b.clock;
        this.maxChainDepth = b.maxChainDepth;
        this.revocation = b.revocation;
    }

    /** An evaluator over {@code store} with the system clock and no revocation checking. */
    public static TrustEvaluator of(TrustStore store) {
        return builder(store).build();
    }

    public static Builder builder(TrustStore store) {
        return new Builder(store);
    }

    /**
     * Evaluates {@code leaf} with {@code intermediates} (any order, any extra certificates) under
     * {@code policy}. Never throws for an untrusted chain: inspect the result, or call
     * {@link TrustResult#requireTrusted()}.
     */
    public TrustResult evaluate(Certificate leaf, List<Certificate> intermediates, TrustPolicy policy) {
        Objects.requireNonNull(leaf, "leaf");
        Objects.requireNonNull(intermediates, "intermediates");
        Objects.requireNonNull(policy, "policy");
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return new PathSearch(store, policy, at, maxChainDepth, revocation, leaf, intermediates).run();
    }

    /** As {@link #evaluate(Certificate, List, TrustPolicy)} with a chain as a TLS peer sends it: leaf first. */
    public TrustResult evaluate(List<Certificate> chain, TrustPolicy policy) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("empty chain");
        }
        return evaluate(chain.getFirst(), chain.subList(1, chain.size()), policy);
    }

    /** Builds {@link TrustEvaluator}s. */
    public static final class Builder {
        private final TrustStore store;
        private Clock clock = Clock.systemUTC();
        private int maxChainDepth = MAX_PATH_CERTIFICATES - 2;
        private RevocationStep revocation = RevocationStep.OFF;

        private Builder(TrustStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /** The clock that gives the evaluation time (truncated to whole seconds, as certificates are). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Most intermediates between leaf and anchor, not counting self-issued ones (key rollover); at most
         * {@code MAX_PATH_CERTIFICATES - 2}.
         */
        public Builder maxChainDepth(int depth) {
            if (depth < 0) {
                throw new IllegalArgumentException("negative chain depth");
            }
            this.maxChainDepth = Math.min(depth, MAX_PATH_CERTIFICATES - 2);
            return this;
        }

        /** The revocation step ({@link RevocationStep#OFF} by default). */
        public Builder revocation(RevocationStep revocation) {
            this.revocation = Objects.requireNonNull(revocation, "revocation");
            return this;
        }

        public TrustEvaluator build() {
            return new TrustEvaluator(this);
        }
    }
}
