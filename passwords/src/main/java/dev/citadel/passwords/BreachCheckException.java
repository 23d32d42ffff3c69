package dev.citadel.passwords;

/** A breached-password range query could not be answered. The password's status is unknown, not "safe". */
public final class BreachCheckException extends PasswordsException {
    private static final long serialVersionUID = 1L;

    /** Why the range query failed. */
    public enum Reason {
        /** Network failure, timeout, or a non-200 status from the range service. */
        UNAVAILABLE,
        /** The response (or local prefix file) is not {@code SUFFIX:COUNT} lines as specified. */
        MALFORMED_RESPONSE,
        /** The response or prefix file exceeds its named size limit. */
        RESPONSE_TOO_LARGE
    }

    private final Reason reason;

    public BreachCheckException(Reason reason, String detail, Throwable cause) {
        super("breach check: " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
