package dev.citadel.passwords;

/**
 * The one exception family of the passwords capability. Each subclass carries a machine-readable reason;
 * switch on it, never on the message.
 */
public abstract sealed class PasswordsException extends RuntimeException
        permits PasswordRulesException, UnsatisfiableRulesException, BreachCheckException {
    private static final long serialVersionUID = 1L;

    PasswordsException(String message, Throwable cause) {
        super(message, cause);
    }
}
