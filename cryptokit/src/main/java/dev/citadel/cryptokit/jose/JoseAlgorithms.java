package dev.citadel.cryptokit.jose;

import com.nimbusds.jose.JWSAlgorithm;
import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.cryptokit.keys.KeyType;
import java.util.Set;

/** Which JWS algorithms (RFC 7518 §3, RFC 8037) a {@link KeyType} serves, and with which {@link KeyAlgorithm}. */
final class JoseAlgorithms {

    private JoseAlgorithms() {}

    static Set<JWSAlgorithm> forKey(KeyType type) {
        return switch (type) {
            case EC_P256 -> Set.of(JWSAlgorithm.ES256);
            case EC_P384 -> Set.of(JWSAlgorithm.ES384);
            case EC_P521 -> Set.of(JWSAlgorithm.ES512);
            case RSA_2048, RSA_3072, RSA_4096 -> Set.of(JWSAlgorithm.PS256, JWSAlgorithm.RS256);
            case ED25519 -> Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);
            case X25519 -> Set.of();
        };
    }

    static KeyAlgorithm keyAlgorithm(JWSAlgorithm alg) {
        if (JWSAlgorithm.ES256.equals(alg)) {
            return KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256;
        } else if (JWSAlgorithm.ES384.equals(alg)) {
            return KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA384;
        } else if (JWSAlgorithm.ES512.equals(alg)) {
            return KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA512;
        } else if (JWSAlgorithm.PS256.equals(alg)) {
            return KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PSS_SHA256;
        } else if (JWSAlgorithm.RS256.equals(alg)) {
            return KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA256;
        } else if (JWSAlgorithm.EdDSA.equals(alg) || JWSAlgorithm.Ed25519.equals(alg)) {
            return KeyAlgorithm.ED25519;
        }
        throw new IllegalArgumentException("unsupported " + alg);
    }

    /** The ECDSA coordinate length (JOSE signatures are {@code r || s}, RFC 7518 §3.4), or 0 for non-ECDSA. */
    static int ecCoordinateLength(KeyType type) {
        return switch (type) {
            case EC_P256 -> 32;
            case EC_P384 -> 48;
            case EC_P521 -> 66;
            default -> 0;
        };
    }
}
