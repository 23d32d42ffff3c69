package dev.citadel.corecrypto.pk;

/**
 * The token every method that reveals private-key or shared-secret bytes demands. Its only purpose is to
 * make each place that takes secrets out of a key type greppable: {@code grep -rn "SecretAccess.insecure"}
 * is the audit list.
 */
public final class SecretAccess {

    private static final SecretAccess INSTANCE = new SecretAccess();

    private SecretAccess() {}

    /** Grants access to secret bytes. Every call site is a place where a secret leaves its key type. */
    public static SecretAccess insecure() {
        return INSTANCE;
    }

    /** Throws if {@code access} is null (a caller cannot pass {@code null} to bypass the audit trail). */
    public static void check(SecretAccess access) {
        if (access != INSTANCE) {
            throw new IllegalArgumentException("SecretAccess.insecure() is required to reveal secret bytes");
        }
    }
}
