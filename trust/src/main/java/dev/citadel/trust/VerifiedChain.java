package dev.citadel.trust;

import java.time.Instant;
import java.util.List;

/**
 * A chain that {@link TrustEvaluator} found trusted under a policy at a time. Only
 * {@link TrustResult#requireTrusted()} creates one.
 */
public final class VerifiedChain {

    private final List<Certificate> chain;
    private final TrustAnchor anchor;
    private final TrustPolicy policy;
    private final Instant verifiedAt;
    private final SecTrustResult result;

    VerifiedChain(List<Certificate> chain, TrustAnchor anchor, TrustPolicy policy, Instant verifiedAt, SecTrustResult result) {
        this.chain = List.copyOf(chain);
        this.anchor = anchor;
        this.policy = policy;
        this.verifiedAt = verifiedAt;
        this.result = result;
    }

    /** Leaf first, the anchor's certificate last. */
    public List<Certificate> chain() {
        return chain;
    }

    public Certificate leaf() {
        return chain.getFirst();
    }

    public TrustAnchor anchor() {
        return anchor;
    }

    public TrustPolicy policy() {
        return policy;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    /** {@link SecTrustResult#PROCEED} or {@link SecTrustResult#UNSPECIFIED}. */
    public SecTrustResult result() {
        return result;
    }

    @Override
    public String toString() {
        return "VerifiedChain[" + chain.size() + " certificates, leaf " + leaf().subject() + ", anchor "
                + anchor.certificate().subject() + ", " + policy.kind() + ", " + verifiedAt + "]";
    }
}
