package dev.citadel.server.keys;

import dev.citadel.corecrypto.SecretKeyMaterial;
import java.util.Objects;

/**
 * An unwrapped server key: its metadata and its secret material, owned by the {@link ServerKeys} ring.
 *
 * <h2>Security guarantees</h2>
 * {@code toString} never shows the material; identity {@code equals}; the ring {@linkplain #close() closes}
 * (zeroises) it when the key leaves the ring (retired, or the ring closes).
 *
 * <p>Use it for the operation at hand and do not keep it: after retirement {@link #material()} refuses with
 * {@code KEY_DESTROYED}.
 */
public final class ServerSecret implements AutoCloseable {

    private final ServerKey key;
    private final SecretKeyMaterial material;

    ServerSecret(ServerKey key, SecretKeyMaterial material) {
        this.key = Objects.requireNonNull(key, "key");
        this.material = Objects.requireNonNull(material, "material");
    }

    /** The metadata as of when the ring loaded it (its state may have moved on since). */
    public ServerKey key() {
        return key;
    }

    public String id() {
        return key.id();
    }

    /**
     * The secret material: an HMAC key, or for {@link KeyAlgorithm#ES256} the P-256 scalar (build the signing
     * key with {@code EcdsaPrivateKey.fromRawScalar}). Do not close it: the ring does.
     */
    public SecretKeyMaterial material() {
        return material;
    }

    boolean isClosed() {
        return material.isDestroyed();
    }

    @Override
    public void close() {
        material.close();
    }

    @Override
    public String toString() {
        return "ServerSecret[" + key.id() + ", " + key.purpose().wireName() + ", " + key.algorithm().joseName()
                + ", redacted]";
    }
}
