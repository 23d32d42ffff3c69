package dev.citadel.corecrypto.provider;

import dev.citadel.corecrypto.internal.jca.provider.CitadelServices;
import dev.citadel.corecrypto.internal.jca.provider.ProviderAlgorithms;
import java.security.Provider;
import java.security.Security;

/**
 * The JCA provider "Citadel": corecrypto's elliptic-curve engine behind the standard JCA names, so JSSE,
 * Nimbus JOSE, jarsigner and any other JCA client can use it.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>Every operation runs through corecrypto: its power-on self-tests gate it, its key generation
 *       (with the pairwise consistency test) makes the keys, its EC engine signs, verifies and agrees.</li>
 *   <li>ECDSA nonces are hedged (RFC 6979 §3.6 with fresh randomness) unless a deterministic
 *       {@code …withECDDSA} algorithm is asked for, which is RFC 6979.</li>
 *   <li>Public keys are validated on import and before every agreement (on the curve, not the identity,
 *       coordinates below p); X25519 refuses an all-zero shared secret.</li>
 *   <li>Installed only by an explicit call to {@link #install()}; loading or constructing the class
 *       changes nothing global.</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Offer Ed448, X448, ECDSA with SHA-1 or SHA-224, RSA, ciphers or digests (JCA falls back to the next
 * provider for those); keep JCA key objects secret from their holder (getEncoded and getS reveal them, as
 * the JCA contract requires).
 *
 * <p>Services, names and usage: {@code docs/crypto-provider.md}.
 */
public final class CitadelProvider extends Provider {

    private static final long serialVersionUID = 1L;

    /** The provider's name, as JCA's {@code getInstance(algorithm, "Citadel")} takes it. */
    public static final String NAME = ProviderAlgorithms.PROVIDER_NAME;

    private static final String VERSION = "0.1";
    private static final String INFO = "Citadel corecrypto: ECDSA P-256/384/521, Ed25519, ECDH, X25519";

    /**
     * A new provider instance, not installed. Public for tools that instantiate providers by class name
     * ({@code jarsigner -providerClass}, {@code keytool -providerClass}); applications use {@link #instance()}.
     */
    public CitadelProvider() {
        super(NAME, VERSION, INFO);
        CitadelServices.register(this, this::putService);
    }

    /** The shared instance, for JCA's {@code getInstance(algorithm, CitadelProvider.instance())} without installing. */
    public static CitadelProvider instance() {
        return Shared.INSTANCE;
    }

    /**
     * Makes the shared instance the most preferred provider (position 1) for every algorithm it offers.
     * Idempotent: does nothing when it is already at position 1; moves it there when installed lower.
     * A different provider that already uses the name "Citadel" is replaced.
     */
    public static synchronized void install() {
        Provider[] installed = Security.getProviders();
        if (installed.length > 0 && installed[0] == instance()) {
            return;
        }
        if (Security.getProvider(NAME) != null) {
            Security.removeProvider(NAME);
        }
        Security.insertProviderAt(instance(), 1);
    }

    /** Removes the provider named "Citadel", if installed. */
    public static synchronized void uninstall() {
        Security.removeProvider(NAME);
    }

    /** Whether the shared instance is installed (at any position). */
    public static boolean isInstalled() {
        return Security.getProvider(NAME) == instance();
    }

    private static final class Shared {
        static final CitadelProvider INSTANCE = new CitadelProvider();
    }
}
