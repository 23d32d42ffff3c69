package dev.citadel.attest.devicecheck;

import java.time.Instant;

/**
 * A Citadel device token whose signature verified: the team and app instance it names. Only
 * {@link CitadelDeviceCheck} creates it.
 */
public final class VerifiedDeviceToken {

    private final String teamId;
    private final String instanceId;
    private final String keyId;
    private final Instant issuedAt;

    VerifiedDeviceToken(String teamId, String instanceId, String keyId, Instant issuedAt) {
        this.teamId = teamId;
        this.instanceId = instanceId;
        this.keyId = keyId;
        this.issuedAt = issuedAt;
    }

    public String teamId() {
        return teamId;
    }

    /** The app instance: 32 lower-case hex characters (128 random bits chosen at first issuance). */
    public String instanceId() {
        return instanceId;
    }

    /** The id of the server key that signed the token. */
    public String keyId() {
        return keyId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    @Override
    public String toString() {
        return "VerifiedDeviceToken[team " + teamId + ", instance " + instanceId + ", key " + keyId + ", issued " + issuedAt + "]";
    }
}
