package dev.citadel.server.admin;

/** Why an admin request was refused. Clients see only "missing", "invalid" or "insufficient scope". */
public final class AdminAuthException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Machine-readable reason. */
    public enum Reason {
        /** No {@code Authorization: Bearer} header. */
        MISSING,
        /** Not a Citadel token string. */
        MALFORMED,
        /** No token with that id. */
        UNKNOWN,
        /** The token was revoked. */
        REVOKED,
        /** The id exists but the secret does not match. */
        WRONG_SECRET,
        /** Valid token without the scope the operation needs. */
        INSUFFICIENT_SCOPE
    }

    private final Reason reason;

    public AdminAuthException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
