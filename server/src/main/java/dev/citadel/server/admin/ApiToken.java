package dev.citadel.server.admin;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A stored admin API token: everything but the secret, which is kept only as a SHA-256 hash.
 *
 * @param id         public identifier (also embedded in the token string), 16 lowercase hex characters
 * @param name       human label, 1..64 characters
 * @param scopes     what the token may do
 * @param createdAt  creation time
 * @param lastUsedAt last successful authentication, if any
 * @param revokedAt  revocation time, if revoked
 */
public record ApiToken(String id, String name, Set<Scope> scopes, Instant createdAt, Optional<Instant> lastUsedAt,
        Optional<Instant> revokedAt) {

    public ApiToken {
        scopes = Set.copyOf(scopes);
    }

    public boolean revoked() {
        return revokedAt.isPresent();
    }
}
