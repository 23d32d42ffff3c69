package dev.citadel.corecrypto;

/** An argument is outside the algorithm's domain (key size, nonce size, malformed ciphertext, …). */
public final class InvalidInputException extends CryptoException {

    private static final long serialVersionUID = 1L;

    /** {@code message} must not contain secret material. */
    public InvalidInputException(Reason reason, String message) {
        super(reason, Category.INPUT, message, null);
    }
}
