package dev.citadel.cryptokit.internal.material;

import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.cryptokit.SharedSecret;
import dev.citadel.cryptokit.SymmetricKey;

/**
 * The bridge through which cryptokit's own packages reach the corecrypto key inside a
 * {@link SymmetricKey} without revealing its bytes (the pattern of corecrypto's {@code KeyBytes}).
 * Not exported.
 */
public final class KeyMaterial {

    /** Installed once by {@link SymmetricKey}'s static initialiser. */
    public interface Bridge {
        SecretKeyMaterial borrow(SymmetricKey key);

        SymmetricKey adopt(SecretKeyMaterial material);
    }

    /** Installed once by {@link SharedSecret}'s static initialiser. */
    public interface SharedBridge {
        SecretKeyMaterial borrow(SharedSecret secret);

        SharedSecret adopt(SecretKeyMaterial material);
    }

    private static volatile Bridge bridge;
    private static volatile SharedBridge sharedBridge;

    private KeyMaterial() {}

    public static void install(Bridge b) {
        if (bridge != null) {
            throw new IllegalStateException("bridge already installed");
        }
        bridge = b;
    }

    public static void install(SharedBridge b) {
        if (sharedBridge != null) {
            throw new IllegalStateException("bridge already installed");
        }
        sharedBridge = b;
    }

    public static SecretKeyMaterial borrow(SharedSecret secret) {
        return secret == null ? null : sharedBridge.borrow(secret);
    }

    /** A shared secret that owns {@code material}. */
    public static SharedSecret adoptShared(SecretKeyMaterial material) {
        SharedBridge b = sharedBridge;
        if (b == null) { // first use: SharedSecret's static initialiser installs the bridge
            init(SharedSecret.class);
            b = sharedBridge;
        }
        return b.adopt(material);
    }

    /** A shared secret holding a copy of {@code core}'s bytes; closes {@code core}. */
    public static SharedSecret sharedFromCore(dev.citadel.corecrypto.pk.SharedSecret core) {
        try (core) {
            byte[] raw = core.reveal(dev.citadel.corecrypto.SecretAccess.insecure());
            try {
                return adoptShared(SecretKeyMaterial.copyOf(raw, dev.citadel.corecrypto.SecretAccess.insecure()));
            } finally {
                java.util.Arrays.fill(raw, (byte) 0);
            }
        }
    }

    /** The corecrypto key held by {@code key}; callers must not close or retain it. */
    public static SecretKeyMaterial borrow(SymmetricKey key) {
        return bridge().borrow(key);
    }

    /** A symmetric key that owns {@code material}. */
    public static SymmetricKey adopt(SecretKeyMaterial material) {
        return bridge().adopt(material);
    }

    private static Bridge bridge() {
        Bridge b = bridge;
        if (b == null) { // first use: SymmetricKey's static initialiser installs the bridge
            init(SymmetricKey.class);
            b = bridge;
        }
        return b;
    }

    private static void init(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
