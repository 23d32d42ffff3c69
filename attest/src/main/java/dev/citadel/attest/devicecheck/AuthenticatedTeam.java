package dev.citadel.attest.devicecheck;

import java.time.Instant;

/**
 * A team whose authorization token verified against one of its registered keys. Only
 * {@link CitadelDeviceCheck#authenticate} creates it.
 */
public final class AuthenticatedTeam {

    private final String teamId;
    private final String keyId;
    private final Instant issuedAt;

    AuthenticatedTeam(String teamId, String keyId, Instant issuedAt) {
        this.teamId = teamId;
        this.keyId = keyId;
        this.issuedAt = issuedAt;
    }

    public String teamId() {
        return teamId;
    }

    /** The registered key that verified the token. */
    public String keyId() {
        return keyId;
    }

    /** The token's {@code iat}. */
    public Instant issuedAt() {
        return issuedAt;
    }

    @Override
    public String toString() {
        return "AuthenticatedTeam[" + teamId + ", key " + keyId + "]";
    }
}
