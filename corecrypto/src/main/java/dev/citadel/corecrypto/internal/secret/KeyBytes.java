package dev.citadel.corecrypto.internal.secret;

import dev.citadel.corecrypto.ModuleErrorException;
import dev.citadel.corecrypto.SecretKeyMaterial;
import java.util.Objects;

/**
 * The module-internal bridge to the bytes of a {@link SecretKeyMaterial} (the JDK's "shared secrets"
 * pattern), so engines read keys without a public accessor. Not exported. {@link #borrow} returns the
 * key's own storage: read it, never keep it, never modify it.
 */
public final class KeyBytes {

    /** Implemented by {@link SecretKeyMaterial} only. */
    public interface Bridge {
        byte[] borrow(SecretKeyMaterial key);

        SecretKeyMaterial adopt(byte[] owned);
    }

    private static volatile Bridge bridge;

    private KeyBytes() {}

    /** Called once by {@link SecretKeyMaterial}'s static initialiser. */
    public static void install(Bridge b) {
        if (bridge != null) {
            throw ModuleErrorException.bug("key bridge installed twice", null);
        }
        bridge = b;
    }

    /** The key's bytes (not a copy). Throws {@code KEY_DESTROYED} after close. */
    public static byte[] borrow(SecretKeyMaterial key) {
        return bridge().borrow(Objects.requireNonNull(key, "key"));
    }

    /** Wraps an array corecrypto produced (a KDF output) without copying; the caller drops its reference. */
    public static SecretKeyMaterial adopt(byte[] owned) {
        return bridge().adopt(owned);
    }

    private static Bridge bridge() {
        Bridge b = bridge;
        if (b == null) {
            try { // SecretKeyMaterial's static initialiser installs the bridge
                Class.forName(SecretKeyMaterial.class.getName(), true, KeyBytes.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw ModuleErrorException.bug("SecretKeyMaterial missing", e);
            }
            b = bridge;
        }
        return b;
    }
}
