package dev.citadel.transport;

/**
 * The transport module's one exception family: unchecked, sealed and reason-coded. {@link #reason()} is the
 * machine-readable cause; the message is for people.
 *
 * <ul>
 *   <li>{@link AtsPolicyException}: an {@code NSAppTransportSecurity} dictionary that cannot be used.</li>
 *   <li>{@link TransportRefusedException}: a connection the policy refused, or that failed.</li>
 *   <li>{@link TransportSetupException}: key material or a DTLS exchange that cannot be used.</li>
 * </ul>
 */
public abstract sealed class TransportException extends RuntimeException
        permits AtsPolicyException, TransportRefusedException, TransportSetupException {

    private final TransportReason reason;

    protected TransportException(TransportReason reason, String message, Throwable cause) {
        super("transport: " + reason + ": " + message, cause);
        this.reason = reason;
    }

    /** Why. */
    public TransportReason reason() {
        return reason;
    }
}
