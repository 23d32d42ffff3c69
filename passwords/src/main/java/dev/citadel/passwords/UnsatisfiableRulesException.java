package dev.citadel.passwords;

/**
 * No password can satisfy the rules (or the requested format cannot). Raised by static analysis before any
 * generation starts, so an impossible rule never makes the generator loop.
 */
public final class UnsatisfiableRulesException extends PasswordsException {
    private static final long serialVersionUID = 1L;

    /** Why no password fits. */
    public enum Reason {
        /** The required classes need more distinct characters than maxlength permits. */
        REQUIRED_CLASSES_EXCEED_MAX_LENGTH,
        /** Only one character is allowed and max-consecutive forbids repeating it as often as needed. */
        MAX_CONSECUTIVE_TOO_SMALL,
        /** The Apple format (20 characters, lower/upper/digit/hyphen) does not satisfy these rules. */
        RULES_EXCLUDE_APPLE_FORMAT,
        /** The bounded search found no password; reported rather than looping (not expected for satisfiable rules). */
        ATTEMPTS_EXHAUSTED
    }

    private final Reason reason;

    public UnsatisfiableRulesException(Reason reason, String detail) {
        super("passwordrules: cannot be satisfied: " + detail, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
