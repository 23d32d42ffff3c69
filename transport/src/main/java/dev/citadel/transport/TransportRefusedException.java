package dev.citadel.transport;

import dev.citadel.trust.TrustReason;
import dev.citadel.trust.TrustResult;
import dev.citadel.trust.ct.CtVerdict;
import java.util.Optional;

/**
 * A connection the transport policy refused, or that failed. Besides {@link #reason()} it carries the
 * detail that decided: the refused algorithm, the trust result, the CT verdict.
 *
 * <p>JSSE reports a trust manager's refusal as an {@code SSLHandshakeException} whose cause chain holds this
 * exception; {@link #find(Throwable)} digs it out.
 */
public final class TransportRefusedException extends TransportException {

    private final transient AlgorithmRefusal algorithm;
    private final transient TrustResult trustResult;
    private final transient CtVerdict ctVerdict;

    public TransportRefusedException(TransportReason reason, String message) {
        this(reason, message, null, null, null, null);
    }

    public TransportRefusedException(TransportReason reason, String message, Throwable cause) {
        this(reason, message, null, null, null, cause);
    }

    TransportRefusedException(TransportReason reason, String message, AlgorithmRefusal algorithm, TrustResult trustResult,
            CtVerdict ctVerdict, Throwable cause) {
        super(reason, message, cause);
        this.algorithm = algorithm;
        this.trustResult = trustResult;
        this.ctVerdict = ctVerdict;
    }

    static TransportRefusedException algorithm(TransportReason reason, AlgorithmRefusal refusal, String message) {
        return new TransportRefusedException(reason, refusal + ": " + message, refusal, null, null, null);
    }

    static TransportRefusedException untrusted(TrustResult result) {
        return new TransportRefusedException(TransportReason.UNTRUSTED_CERTIFICATE,
                result.primaryReason() + ": " + result.explanation(), null, result, null, null);
    }

    static TransportRefusedException ct(CtVerdict.NonCompliant verdict) {
        return new TransportRefusedException(TransportReason.CT_NOT_COMPLIANT,
                verdict.policy() + " policy: " + verdict.reason() + ": " + verdict.detail(), null, null, verdict, null);
    }

    /** The refused algorithm, for {@code CIPHER_SUITE_REFUSED}, {@code PROTOCOL_VERSION}, {@code WEAK_CERTIFICATE_*}. */
    public Optional<AlgorithmRefusal> algorithm() {
        return Optional.ofNullable(algorithm);
    }

    /** The trust module's result, for {@code UNTRUSTED_CERTIFICATE}. */
    public Optional<TrustResult> trustResult() {
        return Optional.ofNullable(trustResult);
    }

    /** The trust module's primary reason, for {@code UNTRUSTED_CERTIFICATE}. */
    public Optional<TrustReason> trustReason() {
        return trustResult().map(TrustResult::primaryReason);
    }

    /** The CT verdict, for {@code CT_NOT_COMPLIANT}. */
    public Optional<CtVerdict> ctVerdict() {
        return Optional.ofNullable(ctVerdict);
    }

    /** The refusal in {@code failure}'s cause chain (itself included), if any. */
    public static Optional<TransportRefusedException> find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TransportRefusedException r) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
