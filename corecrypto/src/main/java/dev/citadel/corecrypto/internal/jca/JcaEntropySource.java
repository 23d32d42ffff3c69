package dev.citadel.corecrypto.internal.jca;

import java.security.DrbgParameters;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The raw entropy input for Citadel's DRBG: the operating system's entropy interface through the JDK.
 * {@code NativePRNGBlocking} reads {@code /dev/random} (Linux 5.6+: the kernel CRNG, which blocks only
 * until it is first seeded). Where it does not exist (Windows), the JDK's own {@code DRBG} with prediction
 * resistance, which reseeds from the OS on every call.
 */
public final class JcaEntropySource {

    private static final SecureRandom SOURCE = open();

    private JcaEntropySource() {}

    /** Fills {@code out} with bytes from the OS entropy interface (thread-safe). */
    public static void fill(byte[] out) {
        SOURCE.nextBytes(out);
    }

    /** The algorithm name in use, for diagnostics ({@code "NativePRNGBlocking"} or {@code "DRBG"}). */
    public static String algorithm() {
        return SOURCE.getAlgorithm();
    }

    private static SecureRandom open() {
        try {
            return SecureRandom.getInstance("NativePRNGBlocking");
        } catch (NoSuchAlgorithmException e) {
            try {
                return SecureRandom.getInstance("DRBG",
                        DrbgParameters.instantiation(256, DrbgParameters.Capability.PR_AND_RESEED, null));
            } catch (NoSuchAlgorithmException e2) {
                throw new IllegalStateException("no OS entropy source in this JDK: broken runtime", e2);
            }
        }
    }
}
