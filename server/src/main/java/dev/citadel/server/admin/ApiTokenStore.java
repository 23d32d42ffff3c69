package dev.citadel.server.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Persistence of admin API tokens. Implementations MUST be thread-safe, MUST NOT return null, and MUST make
 * each method atomic. The secret is never stored: only {@code secretHash} (SHA-256 of the secret bytes).
 */
public interface ApiTokenStore {

    /** Stores a new token. Throws {@code StorageException(CONSTRAINT)} if the id exists. */
    void insert(ApiToken token, SecretHash secretHash);

    /** The token and its secret hash, revoked or not. */
    Optional<StoredToken> find(String id);

    /** Every token, newest first. */
    List<ApiToken> list();

    /** Marks the token revoked at {@code at}; returns false if unknown or already revoked. */
    boolean revoke(String id, Instant at);

    /** Records a successful use. Best effort: a lost update is harmless. */
    void touch(String id, Instant at);

    /** Whether any token exists (revoked ones count), used to decide on a bootstrap token. */
    boolean any();

    /** A token with its secret hash. */
    record StoredToken(ApiToken token, SecretHash secretHash) {}
}
