package dev.citadel.trust;

/** Thrown by {@link TrustResult#requireTrusted()}: the evaluation did not end in a trusted chain. */
public final class UntrustedChainException extends TrustException {

    private final transient TrustResult result;

    UntrustedChainException(TrustResult result) {
        super(result.primaryReason(), result.explanation(), null);
        this.result = result;
    }

    /** The full result: built chain, per-certificate problems, SecTrust result. */
    public TrustResult result() {
        return result;
    }
}
