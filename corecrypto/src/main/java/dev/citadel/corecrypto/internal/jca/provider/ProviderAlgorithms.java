package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.ec.EcCurve;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every JCA string the "Citadel" provider registers or recognises, in one place: service types,
 * algorithm names and aliases (the JDK's standard names, "Java Security Standard Algorithm Names"),
 * key algorithm and format names, and curve names.
 */
public final class ProviderAlgorithms {

    private ProviderAlgorithms() {}

    public static final String PROVIDER_NAME = "Citadel";

    // Service types.
    static final String SIGNATURE = "Signature";
    static final String KEY_PAIR_GENERATOR = "KeyPairGenerator";
    static final String KEY_AGREEMENT = "KeyAgreement";
    static final String KEY_FACTORY = "KeyFactory";

    // Signatures. "ECDDSA" (deterministic ECDSA, RFC 6979) follows BouncyCastle's naming; the JDK has none.
    static final String SHA256_WITH_ECDSA = "SHA256withECDSA";
    static final String SHA384_WITH_ECDSA = "SHA384withECDSA";
    static final String SHA512_WITH_ECDSA = "SHA512withECDSA";
    static final String P1363_SUFFIX = "inP1363Format";
    static final String SHA256_WITH_ECDDSA = "SHA256withECDDSA";
    static final String SHA384_WITH_ECDDSA = "SHA384withECDDSA";
    static final String SHA512_WITH_ECDDSA = "SHA512withECDDSA";
    static final String ED25519 = "Ed25519";
    static final String EDDSA = "EdDSA";

    // Key agreement and key pair generation.
    static final String ECDH = "ECDH";
    static final String X25519 = "X25519";
    static final String XDH = "XDH";

    /** The key algorithm name {@code Key.getAlgorithm()} returns, as the JDK's own keys do. */
    static final String EC = "EC";

    static final String PKCS8 = "PKCS#8";
    static final String X509 = "X.509";

    /** OIDs of the ECDSA signature algorithms (RFC 5758 §3.2), registered as "OID." aliases. */
    static final String OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2";
    static final String OID_ECDSA_SHA384 = "1.2.840.10045.4.3.3";
    static final String OID_ECDSA_SHA512 = "1.2.840.10045.4.3.4";
    static final String OID_ED25519 = "1.3.101.112";
    static final String OID_X25519 = "1.3.101.110";
    static final String OID_EC_PUBLIC_KEY = "1.2.840.10045.2.1";

    /** The SunEC provider: the source of the JDK's own {@code ECParameterSpec} objects, which JSSE matches. */
    static final String SUN_EC = "SunEC";

    /** The standard (SEC 2) name of {@code curve}. */
    static String stdName(EcCurve curve) {
        return switch (curve) {
            case P_256 -> "secp256r1";
            case P_384 -> "secp384r1";
            case P_521 -> "secp521r1";
        };
    }

    /** Every name the JDK accepts for {@code curve} in {@code ECGenParameterSpec}: SEC 2, NIST, X9.62, OID. */
    private static List<String> names(EcCurve curve) {
        return switch (curve) {
            case P_256 -> List.of("secp256r1", "nist p-256", "p-256", "prime256v1", "x9.62 prime256v1", "1.2.840.10045.3.1.7");
            case P_384 -> List.of("secp384r1", "nist p-384", "p-384", "1.3.132.0.34");
            case P_521 -> List.of("secp521r1", "nist p-521", "p-521", "1.3.132.0.35");
        };
    }

    /** The curve an {@code ECGenParameterSpec} name denotes (case-insensitive). */
    static Optional<EcCurve> curveNamed(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (EcCurve c : EcCurve.values()) {
            if (names(c).contains(n)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The curve of a key size in bits (KeyPairGenerator.initialize(int)). */
    static Optional<EcCurve> curveOfSize(int bits) {
        return switch (bits) {
            case 256 -> Optional.of(EcCurve.P_256);
            case 384 -> Optional.of(EcCurve.P_384);
            case 521 -> Optional.of(EcCurve.P_521);
            default -> Optional.empty();
        };
    }
}
