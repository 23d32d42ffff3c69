package dev.citadel.corecrypto.pk;

/** The caller's input was refused: a key, point, signature, ciphertext or parameter choice. */
public final class InputRejectedException extends PublicKeyCryptoException {

    private static final long serialVersionUID = 1L;

    public InputRejectedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public InputRejectedException(Reason reason, String message, Throwable cause) {
        super(requireInputReason(reason), message, cause);
    }

    private static Reason requireInputReason(Reason reason) {
        if (reason == Reason.PAIRWISE_CONSISTENCY_FAILED) {
            throw new IllegalArgumentException("a pairwise consistency failure is a SelfCheckFailedException");
        }
        return reason;
    }
}
