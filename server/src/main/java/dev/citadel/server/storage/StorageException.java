package dev.citadel.server.storage;

/** A storage failure with a machine-readable reason; messages never contain passwords. */
public final class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why storage failed. */
    public enum Reason {
        /** The database cannot be reached or opened. */
        UNAVAILABLE,
        /** A schema migration failed or the schema is newer than this build. */
        MIGRATION_FAILED,
        /** A uniqueness or foreign-key constraint refused the write. */
        CONSTRAINT,
        /** Any other SQL failure. */
        QUERY_FAILED
    }

    private final Reason reason;

    public StorageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
