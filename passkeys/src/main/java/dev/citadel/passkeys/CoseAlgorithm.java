package dev.citadel.passkeys;

import java.util.Optional;

/**
 * The COSE algorithms (IANA "COSE Algorithms" registry) a Citadel relying party verifies
 * (WebAuthn L3 §5.8.5 {@code COSEAlgorithmIdentifier}). Any other identifier is
 * {@link PasskeyException.Reason#UNSUPPORTED_ALGORITHM}.
 */
public enum CoseAlgorithm {
    /** ECDSA with SHA-256 on P-256 (RFC 9053 §2.1). */
    ES256(-7),
    /** ECDSA with SHA-384 on P-384. */
    ES384(-35),
    /** ECDSA with SHA-512 on P-521. */
    ES512(-36),
    /** EdDSA (RFC 9053 §2.2); the curve (Ed25519 or Ed448) comes from the key's {@code crv}. */
    EDDSA(-8),
    /** Ed25519, fully specified (RFC 9864). */
    ED25519(-19),
    /** Ed448, fully specified (RFC 9864). */
    ED448(-53),
    /** RSASSA-PKCS1-v1_5 with SHA-256 (RFC 8812 §2). */
    RS256(-257),
    /** RSASSA-PSS with SHA-256, MGF1-SHA-256, salt 32 (RFC 8230 §2). */
    PS256(-37),
    /** ML-DSA-44 (FIPS 204), COSE key type AKP. */
    ML_DSA_44(-48),
    /** ML-DSA-65 (FIPS 204), COSE key type AKP. */
    ML_DSA_65(-49),
    /** ML-DSA-87 (FIPS 204), COSE key type AKP. */
    ML_DSA_87(-50);

    private final int identifier;

    CoseAlgorithm(int identifier) {
        this.identifier = identifier;
    }

    /** The COSEAlgorithmIdentifier. */
    public int identifier() {
        return identifier;
    }

    /** The algorithm with this identifier, if Citadel implements it. */
    public static Optional<CoseAlgorithm> of(long identifier) {
        for (CoseAlgorithm a : values()) {
            if (a.identifier == identifier) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
