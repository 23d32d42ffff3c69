package dev.citadel.attest.devicecheck;

import dev.citadel.cryptokit.P256;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The P-256 keys Citadel signs its device tokens with (the server implements this on its key ring, purpose
 * {@code device-token}, rotated on a schedule).
 *
 * <p>Implementations MUST be thread-safe and MUST NOT return null. Key ids are 16 lower-case hex characters
 * (8 bytes in the token). A key that {@link #verificationKey} no longer returns invalidates every token it
 * signed.
 */
public interface DeviceTokenKeys {

    /** Key ids: 16 lower-case hex characters. */
    Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");

    /** Runs {@code use} with the active signing key; the key is valid only during the call. */
    <T> T withSigningKey(Function<SigningKey, T> use);

    /** The public key with id {@code keyId} if tokens it signed still verify. */
    Optional<P256.Signing.PublicKey> verificationKey(String keyId);

    /** A signing key and its id. */
    record SigningKey(String keyId, P256.Signing.PrivateKey privateKey) {
        public SigningKey {
            if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
                throw new IllegalArgumentException("device-token key ids are 16 lower-case hex characters");
            }
            Objects.requireNonNull(privateKey, "privateKey");
        }
    }

    /** One fixed key (no rotation), for an embedded service or tests; the caller keeps ownership of the key. */
    static DeviceTokenKeys fixed(String keyId, P256.Signing.PrivateKey privateKey) {
        SigningKey key = new SigningKey(keyId, privateKey);
        P256.Signing.PublicKey publicKey = privateKey.publicKey();
        return new DeviceTokenKeys() {
            @Override
            public <T> T withSigningKey(Function<SigningKey, T> use) {
                return use.apply(key);
            }

            @Override
            public Optional<P256.Signing.PublicKey> verificationKey(String id) {
                return key.keyId().equals(id) ? Optional.of(publicKey) : Optional.empty();
            }
        };
    }
}
