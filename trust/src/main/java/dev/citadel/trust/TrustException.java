package dev.citadel.trust;

/**
 * The trust module's one exception family: unchecked, sealed and reason-coded. {@link #reason()} is the
 * machine-readable cause; the message is for people.
 *
 * <ul>
 *   <li>{@link CertificateFormatException}: bytes that are not a strict DER X.509 certificate.</li>
 *   <li>{@link UntrustedChainException}: an evaluation that did not end in a trusted chain
 *       ({@link TrustResult#requireTrusted()}); it carries the whole {@link TrustResult}.</li>
 *   <li>{@link TrustStoreException}: an anchor file or directory that cannot be used, or a pinned root whose
 *       fingerprint does not match.</li>
 *   <li>{@link dev.citadel.trust.ct.CtException}: Certificate Transparency input that cannot be used, or a
 *       certificate that does not comply with the CT policy ({@link TrustReason#CERTIFICATE_TRANSPARENCY};
 *       the CT-specific reason is {@code ctReason()}).</li>
 * </ul>
 */
public abstract sealed class TrustException extends RuntimeException
        permits CertificateFormatException, UntrustedChainException, TrustStoreException,
                dev.citadel.trust.ct.CtException {

    private final TrustReason reason;

    protected TrustException(TrustReason reason, String message, Throwable cause) {
        super("trust: " + message, cause);
        this.reason = reason;
    }

    /** Why. */
    public TrustReason reason() {
        return reason;
    }
}
