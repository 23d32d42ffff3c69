package dev.citadel.attest.devicecheck;

import dev.citadel.cryptokit.P256;
import java.time.Instant;
import java.util.Objects;

/**
 * A team's registered DeviceCheck key on Citadel's compatible service: the public half of the key whose
 * {@code .p8} the team signs its authorization tokens with ({@code iss} = team id, {@code kid} = key id).
 */
public record TeamKey(String teamId, String keyId, P256.Signing.PublicKey publicKey, Instant registeredAt) {

    public TeamKey {
        AppleIds.requireTeamId(teamId);
        AppleIds.requireKeyId(keyId);
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }
}
