package dev.citadel.corecrypto.internal.jca;

import java.security.DrbgParameters;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The JDK's SP 800-90A DRBG (Hash_DRBG, SHA-256, 256-bit strength, prediction resistance off,
 * reseeded by the JDK from the operating system's entropy source).
 */
public final class JcaRandom {

    private static final SecureRandom SYSTEM = newDrbg();

    private JcaRandom() {}

    /** Fills {@code out} from the one system DRBG (thread-safe). */
    public static void fill(byte[] out) {
        SYSTEM.nextBytes(out);
    }

    public static SecureRandom newDrbg() {
        try {
            return SecureRandom.getInstance("DRBG",
                    DrbgParameters.instantiation(256, DrbgParameters.Capability.RESEED_ONLY, "Citadel".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks its DRBG: broken runtime", e);
        }
    }
}
