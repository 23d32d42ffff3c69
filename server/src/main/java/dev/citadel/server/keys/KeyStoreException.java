package dev.citadel.server.keys;

/** The server key store refused. Messages are one line and never contain key material. */
public final class KeyStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Machine-readable reason. */
    public enum Reason {
        /** No master key is configured and none may be generated (PostgreSQL). */
        MASTER_KEY_MISSING,
        /** The configured master key cannot be read or is not 32 bytes. */
        MASTER_KEY_INVALID,
        /** Stored keys were wrapped under another master key. */
        MASTER_KEY_MISMATCH,
        /** A wrapped key does not authenticate: modified, or copied from another row or purpose. */
        KEY_TAMPERED
    }

    private final Reason reason;

    public KeyStoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
