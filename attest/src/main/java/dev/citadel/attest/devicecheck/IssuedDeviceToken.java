package dev.citadel.attest.devicecheck;

import java.time.Instant;
import java.util.Objects;

/**
 * A device token Citadel issued to an app instance: give {@code deviceToken} to the app, which sends it to
 * its own server, which sends it to the DeviceCheck endpoints, as with {@code DCDevice.generateToken}.
 */
public record IssuedDeviceToken(String deviceToken, String teamId, String instanceId, Instant issuedAt, Instant expiresAt) {

    public IssuedDeviceToken {
        Objects.requireNonNull(deviceToken, "deviceToken");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "IssuedDeviceToken[team " + teamId + ", instance " + instanceId + ", issued " + issuedAt + ", redacted]";
    }
}
