package dev.citadel.corecrypto;

/** An argument is outside the algorithm's domain (key size, nonce size, malformed encoding, invalid point, …). */
public final class InvalidInputException extends CryptoException {

    private static final long serialVersionUID = 1L;

    /** {@code message} must not contain secret material. */
    public InvalidInputException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** {@code message} must not contain secret material. */
    public InvalidInputException(Reason reason, String message, Throwable cause) {
        super(reason, Category.INPUT, message, cause);
    }
}
