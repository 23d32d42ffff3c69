package dev.citadel.transport;

/** Key material that cannot be used, or a DTLS exchange that failed. */
public final class TransportSetupException extends TransportException {

    public TransportSetupException(TransportReason reason, String message, Throwable cause) {
        super(reason, message, cause);
    }
}
