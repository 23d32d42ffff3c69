package dev.citadel.corecrypto;

/**
 * The token that unlocks raw secret bytes, for symmetric keys, private keys and shared secrets alike.
 * Every place that imports or reveals secret bytes passes {@code SecretAccess.insecure()}, so
 * {@code grep -r "SecretAccess.insecure"} lists the audit set.
 */
public final class SecretAccess {

    private static final SecretAccess INSECURE = new SecretAccess();

    private SecretAccess() {}

    /** The access token. Calling this is a statement that the caller handles raw key bytes safely. */
    public static SecretAccess insecure() {
        return INSECURE;
    }

    /** Throws unless {@code access} is the token (a caller cannot pass {@code null} to skip the audit trail). */
    public static void require(SecretAccess access) {
        if (access != INSECURE) {
            throw new IllegalArgumentException("SecretAccess.insecure() required");
        }
    }
}
