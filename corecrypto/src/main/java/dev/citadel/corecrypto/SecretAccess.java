package dev.citadel.corecrypto;

/**
 * The token that unlocks raw secret bytes. Every place that imports or reveals key bytes passes
 * {@code SecretAccess.insecure()}, so {@code grep -r "SecretAccess.insecure"} lists the audit set.
 */
public final class SecretAccess {

    private static final SecretAccess INSECURE = new SecretAccess();

    private SecretAccess() {}

    /** The access token. Calling this is a statement that the caller handles raw key bytes safely. */
    public static SecretAccess insecure() {
        return INSECURE;
    }

    static void require(SecretAccess access) {
        if (access != INSECURE) {
            throw new IllegalArgumentException("SecretAccess.insecure() required");
        }
    }
}
