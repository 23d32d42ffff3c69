package dev.citadel.server.devicecheck;

import dev.citadel.attest.devicecheck.DeviceTokenKeys;
import dev.citadel.cryptokit.P256;
import dev.citadel.server.keys.KeyPurpose;
import dev.citadel.server.keys.ServerKeys;
import dev.citadel.server.keys.ServerSecret;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Device-token keys on the server's key ring (purpose {@code device-token}, ES256): tokens are signed by the
 * active key and verify while their key is active or verify-only; a retired key's tokens stop verifying.
 *
 * <p>The private key is rebuilt from the ring's material for each signature and closed after it. Public keys
 * are cached by id (they are not secret; deriving one costs a scalar multiplication), but a key is looked up
 * in the ring on every verification, so rotation and retirement by any replica take effect at once.
 */
final class ServerDeviceTokenKeys implements DeviceTokenKeys {

    private final ServerKeys keys;
    private final Map<String, P256.Signing.PublicKey> publicKeys = new ConcurrentHashMap<>();

    ServerDeviceTokenKeys(ServerKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    @Override
    public <T> T withSigningKey(Function<SigningKey, T> use) {
        ServerSecret secret = keys.active(KeyPurpose.DEVICE_TOKEN);
        try (P256.Signing.PrivateKey key = privateKey(secret)) {
            return use.apply(new SigningKey(secret.id(), key));
        }
    }

    @Override
    public Optional<P256.Signing.PublicKey> verificationKey(String keyId) {
        return keys.forVerification(KeyPurpose.DEVICE_TOKEN).stream().filter(s -> s.id().equals(keyId)).findFirst()
                .map(s -> publicKeys.computeIfAbsent(s.id(), id -> {
                    try (P256.Signing.PrivateKey key = privateKey(s)) {
                        return key.publicKey();
                    }
                }));
    }

    private static P256.Signing.PrivateKey privateKey(ServerSecret secret) {
        byte[] scalar = secret.material().reveal(dev.citadel.corecrypto.SecretAccess.insecure());
        try {
            return P256.Signing.PrivateKey.fromRawRepresentation(scalar, dev.citadel.cryptokit.SecretAccess.insecure());
        } finally {
            Arrays.fill(scalar, (byte) 0);
        }
    }
}
