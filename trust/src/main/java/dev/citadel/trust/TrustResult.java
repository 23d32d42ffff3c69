package dev.citadel.trust;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of {@link TrustEvaluator#evaluate}: the chain that was built (leaf first, the anchor's
 * certificate last when one was reached), every problem found with it, and SecTrust's overall result.
 * When no trusted path exists, {@link #chain()} is the candidate path that came closest.
 *
 * @param result the overall SecTrust result
 * @param chain the built chain, leaf first
 * @param anchor the trust anchor the chain ends in, if one was reached
 * @param problems per-certificate problems (empty exactly when {@link #result()} is trusted)
 * @param policy the policy evaluated
 * @param evaluatedAt the evaluation time (the injected clock, truncated to seconds)
 */
public record TrustResult(SecTrustResult result, List<Certificate> chain, Optional<TrustAnchor> anchor,
        List<CertificateProblem> problems, TrustPolicy policy, Instant evaluatedAt) {

    public TrustResult {
        Objects.requireNonNull(result, "result");
        chain = List.copyOf(chain);
        Objects.requireNonNull(anchor, "anchor");
        problems = List.copyOf(problems);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
        if (result.trusted() != problems.isEmpty()) {
            throw new IllegalArgumentException("a trusted result has no problems, and an untrusted one has some");
        }
    }

    /**
     * The verified chain, or {@link UntrustedChainException} (carrying this result) when it is not
     * trusted.
     */
    public VerifiedChain requireTrusted() {
        if (!result.trusted()) {
            throw new UntrustedChainException(this);
        }
        return new VerifiedChain(chain, anchor.orElseThrow(), policy, evaluatedAt, result);
    }

    /** The reason of the first fatal problem, else of the first problem; null when trusted. */
    public TrustReason primaryReason() {
        return problems.stream().filter(p -> p.reason().fatal()).findFirst()
                .or(() -> problems.stream().findFirst()).map(CertificateProblem::reason).orElse(null);
    }

    /** A human-readable explanation, one sentence per problem. */
    public String explanation() {
        if (result.trusted()) {
            return "trusted: " + chain.size() + "-certificate chain to " + chain.getLast().subject()
                    + " (" + anchor.map(a -> a.source().name().toLowerCase(java.util.Locale.ROOT)).orElse("?")
                    + " anchor) under " + policy.kind();
        }
        return (result == SecTrustResult.FATAL_TRUST_FAILURE ? "not trusted (fatal): " : "not trusted (recoverable): ")
                + problems.stream().map(CertificateProblem::toString).collect(Collectors.joining("; "));
    }
}
