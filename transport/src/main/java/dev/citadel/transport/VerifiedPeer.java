package dev.citadel.transport;

import dev.citadel.trust.VerifiedChain;
import dev.citadel.trust.ct.CtVerdict;
import java.util.Optional;

/**
 * A TLS peer the transport policy accepted: the effective ATS policy, the negotiated protocol and suite, the
 * trusted chain and, when CT was required, the compliant verdict. Only {@link AtsTrustManager} creates one.
 */
public final class VerifiedPeer {

    private final EffectivePolicy policy;
    private final String protocol;
    private final String cipherSuite;
    private final VerifiedChain chain;
    private final CtVerdict.Compliant ct;

    VerifiedPeer(EffectivePolicy policy, String protocol, String cipherSuite, VerifiedChain chain, CtVerdict.Compliant ct) {
        this.policy = policy;
        this.protocol = protocol;
        this.cipherSuite = cipherSuite;
        this.chain = chain;
        this.ct = ct;
    }

    public EffectivePolicy policy() {
        return policy;
    }

    /** The negotiated protocol, as JSSE names it ({@code TLSv1.3}, {@code DTLSv1.2}, …). */
    public String protocol() {
        return protocol;
    }

    public String cipherSuite() {
        return cipherSuite;
    }

    public VerifiedChain chain() {
        return chain;
    }

    /** The CT verdict when CT was required for this chain; empty when it was not. */
    public Optional<CtVerdict.Compliant> certificateTransparency() {
        return Optional.ofNullable(ct);
    }

    @Override
    public String toString() {
        return "VerifiedPeer[" + policy.host() + ", " + protocol + ", " + cipherSuite + ", " + policy.source()
                + (ct == null ? "" : ", CT " + ct.counted().size() + " SCTs") + "]";
    }
}
