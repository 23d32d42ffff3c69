package dev.citadel.cryptokit;

/**
 * The token that unlocks raw secret bytes (symmetric keys, private keys, seeds, shared secrets). Every
 * place that imports or reveals them passes {@code SecretAccess.insecure()}, so
 * {@code grep -rn "SecretAccess.insecure"} lists the audit set.
 */
public final class SecretAccess {

    private static final SecretAccess INSECURE = new SecretAccess();

    private SecretAccess() {}

    /** The access token. Calling this states that the caller handles raw secret bytes safely. */
    public static SecretAccess insecure() {
        return INSECURE;
    }

    /** Throws unless {@code access} is the token (a {@code null} cannot bypass the audit trail). */
    public static void require(SecretAccess access) {
        if (access != INSECURE) {
            throw new IllegalArgumentException("SecretAccess.insecure() is required for raw secret bytes");
        }
    }
}
