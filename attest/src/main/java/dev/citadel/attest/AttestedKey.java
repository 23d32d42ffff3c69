package dev.citadel.attest;

import dev.citadel.cryptokit.P256;
import java.util.Objects;

/**
 * What a server keeps for one attested key: its id, public key, App ID and environment, and the last
 * sign counter it accepted.
 *
 * @param keyId       SHA-256 of the public key
 * @param publicKey   verifies the key's assertions
 * @param appId       the App ID it was attested for
 * @param environment the environment it was attested in
 * @param counter     the last accepted sign counter (0 after attestation), unsigned 32-bit
 */
public record AttestedKey(KeyId keyId, P256.Signing.PublicKey publicKey, AppId appId, Environment environment, long counter) {

    public AttestedKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(environment, "environment");
        if (!KeyId.of(publicKey).equals(keyId)) {
            throw new IllegalArgumentException("key id " + keyId + " is not SHA-256 of the public key");
        }
        if (counter < 0 || counter > 0xffff_ffffL) {
            throw new IllegalArgumentException("counter is unsigned 32-bit: " + counter);
        }
    }

    /** This record with {@code counter}. */
    public AttestedKey withCounter(long counter) {
        return new AttestedKey(keyId, publicKey, appId, environment, counter);
    }
}
