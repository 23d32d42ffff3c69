package dev.citadel.corecrypto;

/**
 * The data did not authenticate: wrong tag, wrong key, modified ciphertext or associated data. The
 * message is deliberately the same for every cause, so it cannot serve as an oracle.
 */
public final class AuthenticationFailedException extends CryptoException {

    private static final long serialVersionUID = 1L;

    public AuthenticationFailedException() {
        this(Reason.AUTHENTICATION_FAILED);
    }

    public AuthenticationFailedException(Reason reason) {
        super(reason, Category.AUTHENTICATION, "authentication failed", null);
    }
}
