package dev.citadel.corecrypto;

/**
 * The module refuses: it is in the error state ({@link Reason#SELF_TEST_FAILED}), a conditional self-test
 * just failed and put it there ({@link Reason#PAIRWISE_CONSISTENCY_FAILED},
 * {@link Reason#ENTROPY_SOURCE_FAILED}), the profile does not approve the request
 * ({@link Reason#NOT_APPROVED}), or a "can't happen" path was reached ({@link Reason#INTERNAL_ERROR},
 * which always means a broken runtime or a bug here).
 */
public sealed class ModuleErrorException extends CryptoException permits SelfTest.SelfTestFailedException {

    private static final long serialVersionUID = 1L;

    public ModuleErrorException(Reason reason, String message) {
        this(reason, message, null);
    }

    public ModuleErrorException(Reason reason, String message, Throwable cause) {
        super(reason, Category.MODULE, message, cause);
    }

    /** An {@link Reason#INTERNAL_ERROR} for a path that cannot happen on a working runtime. */
    public static ModuleErrorException bug(String what, Throwable cause) {
        return new ModuleErrorException(Reason.INTERNAL_ERROR, what, cause);
    }
}
