package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import java.util.List;
import java.util.Optional;

/**
 * What a relying party persists about credentials: the storage SPI the caller implements (the Citadel server
 * implements it on SQLite and PostgreSQL).
 *
 * <h2>Atomicity</h2>
 * <ul>
 *   <li>{@link #create} inserts a record or fails with {@code CREDENTIAL_ALREADY_REGISTERED} if a credential
 *       with the same id exists (§7.1 step 26): it never overwrites.</li>
 *   <li>{@link #recordUse} is a compare-and-set on the stored sign count: it applies the use only if the stored
 *       count still equals {@code expectedSignCount} and returns whether it did, so two concurrent assertions
 *       cannot both move the counter from the same value.</li>
 * </ul>
 */
public interface CredentialStore {

    /** The credential with this id, if any. */
    Optional<CredentialRecord> findById(Bytes credentialId);

    /** Every credential of the user, in registration order. */
    List<CredentialRecord> findByUser(Bytes userHandle);

    /** Stores a new credential; {@code CREDENTIAL_ALREADY_REGISTERED} if the id is taken. */
    void create(CredentialRecord record);

    /**
     * Applies {@code use} to the credential if its stored sign count is {@code expectedSignCount}; returns
     * {@code false} (changing nothing) if it is not, or if the credential no longer exists.
     */
    boolean recordUse(Bytes credentialId, long expectedSignCount, CredentialUse use);

    /**
     * A read-only store holding {@code record} alone, for verifying one response outside a server (a command-line
     * check, a benchmark): {@link #create} refuses, {@link #recordUse} changes nothing and returns {@code false}.
     */
    static CredentialStore of(CredentialRecord record) {
        return new SingleCredentialStore(java.util.Objects.requireNonNull(record, "record"));
    }
}
