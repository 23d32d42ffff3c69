package dev.citadel.transport;

/** An {@code NSAppTransportSecurity} dictionary that is malformed, unknown or over a limit. */
public final class AtsPolicyException extends TransportException {

    public AtsPolicyException(TransportReason reason, String message) {
        super(reason, message, null);
    }

    public AtsPolicyException(TransportReason reason, String message, Throwable cause) {
        super(reason, message, cause);
    }
}
