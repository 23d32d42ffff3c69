package dev.citadel.cryptokit.internal.material;

import dev.citadel.cryptokit.VerifiedSignature;
import java.util.function.Function;

/**
 * Lets cryptokit's own packages ({@code keys}, {@code jose}) issue a {@link VerifiedSignature} after they
 * have checked a signature through corecrypto. Not exported: no other module can mint one.
 */
public final class Verifications {

    private static volatile Function<String, VerifiedSignature> issuer;

    private Verifications() {}

    public static void install(Function<String, VerifiedSignature> f) {
        if (issuer != null) {
            throw new IllegalStateException("issuer already installed");
        }
        issuer = f;
    }

    /** Call only after the signature verified. */
    public static VerifiedSignature issue(String algorithm) {
        if (issuer == null) {
            try {
                Class.forName(VerifiedSignature.class.getName(), true, VerifiedSignature.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }
        return issuer.apply(algorithm);
    }
}
