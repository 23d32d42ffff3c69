package dev.citadel.trust.internal;

import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.VerifiedSignature;
import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.cryptokit.keys.SecKeys;
import java.io.IOException;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Null;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The one place where the trust module checks an X.509-style signature (certificates, CRLs, OCSP
 * responses): an {@code AlgorithmIdentifier}, a {@code SubjectPublicKeyInfo}, the signed bytes and the
 * signature value. Every check runs through cryptokit's {@link SecKey}.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>MD2, MD5 and SHA-1 signatures and DSA keys are refused as {@link Failure#WEAK_ALGORITHM} before any
 *       arithmetic; RSA moduli below {@link #MIN_RSA_BITS} as {@link Failure#WEAK_KEY}.</li>
 *   <li>The signature algorithm must match the key: an ECDSA signature under an RSA key (or the reverse)
 *       is {@link Failure#ALGORITHM_KEY_MISMATCH}, never attempted.</li>
 *   <li>RSASSA-PSS parameters must use one SHA-2 hash for the message and MGF1, a salt as long as the
 *       hash and trailer field 1; anything else is {@link Failure#UNSUPPORTED_ALGORITHM}.</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Verify Ed448, RSA moduli other than 2048, 3072 and 4096 bits, or compressed EC points (cryptokit's
 * {@code SecKey} offers none of them): such keys are {@link Failure#UNSUPPORTED_KEY}.
 */
public final class SignatureCheck {

    /** Smallest RSA modulus accepted (CA/Browser Forum Baseline Requirements §6.1.5). */
    public static final int MIN_RSA_BITS = 2048;

    /** Why a signature was not accepted. */
    public enum Failure {
        /** The signature algorithm is not one Citadel verifies. */
        UNSUPPORTED_ALGORITHM,
        /** The key type, curve or size is not one Citadel verifies. */
        UNSUPPORTED_KEY,
        /** MD2/MD5/SHA-1 signature, or a DSA key. */
        WEAK_ALGORITHM,
        /** RSA modulus below {@link #MIN_RSA_BITS}. */
        WEAK_KEY,
        /** The key bytes are malformed (bad DER, point not on the curve…). */
        MALFORMED_KEY,
        /** The signature algorithm's parameters are malformed. */
        MALFORMED_ALGORITHM,
        /** The signature algorithm does not fit the key type. */
        ALGORITHM_KEY_MISMATCH,
        /** The signature does not verify. */
        INVALID_SIGNATURE
    }

    /** A refused signature, with its reason. */
    public static final class SignatureFailure extends RuntimeException {
        private final Failure failure;

        public SignatureFailure(Failure failure, String message) {
            super(message, null, false, false);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    /** A parsed public key, reusable across checks (parse once per certificate). */
    public record PublicKey(KeyFamily family, SecKey key, int bits) {}

    /** The key families a certificate may carry. */
    public enum KeyFamily { EC, RSA, ED25519 }

    private static final ASN1ObjectIdentifier EC_PUBLIC_KEY = new ASN1ObjectIdentifier("1.2.840.10045.2.1");
    private static final ASN1ObjectIdentifier P256 = new ASN1ObjectIdentifier("1.2.840.10045.3.1.7");
    private static final ASN1ObjectIdentifier P384 = new ASN1ObjectIdentifier("1.3.132.0.34");
    private static final ASN1ObjectIdentifier P521 = new ASN1ObjectIdentifier("1.3.132.0.35");
    private static final ASN1ObjectIdentifier RSA_ENCRYPTION = new ASN1ObjectIdentifier("1.2.840.113549.1.1.1");
    private static final ASN1ObjectIdentifier RSASSA_PSS = new ASN1ObjectIdentifier("1.2.840.113549.1.1.10");
    private static final ASN1ObjectIdentifier ED25519 = new ASN1ObjectIdentifier("1.3.101.112");
    private static final ASN1ObjectIdentifier DSA = new ASN1ObjectIdentifier("1.2.840.10040.4.1");
    private static final ASN1ObjectIdentifier MGF1 = new ASN1ObjectIdentifier("1.2.840.113549.1.1.8");
    private static final ASN1ObjectIdentifier SHA256 = new ASN1ObjectIdentifier("2.16.840.1.101.3.4.2.1");
    private static final ASN1ObjectIdentifier SHA384 = new ASN1ObjectIdentifier("2.16.840.1.101.3.4.2.2");
    private static final ASN1ObjectIdentifier SHA512 = new ASN1ObjectIdentifier("2.16.840.1.101.3.4.2.3");

    private SignatureCheck() {}

    /** Parses a certificate's public key once; throws {@link SignatureFailure} for unusable keys. */
    public static PublicKey parseKey(SubjectPublicKeyInfo spki) {
        ASN1ObjectIdentifier alg = spki.getAlgorithm().getAlgorithm();
        byte[] keyBytes = spki.getPublicKeyData().getOctets();
        try {
            if (alg.equals(EC_PUBLIC_KEY)) {
                ASN1Encodable params = spki.getAlgorithm().getParameters();
                KeyType type;
                if (P256.equals(params)) {
                    type = KeyType.EC_P256;
                } else if (P384.equals(params)) {
                    type = KeyType.EC_P384;
                } else if (P521.equals(params)) {
                    type = KeyType.EC_P521;
                } else {
                    throw new SignatureFailure(Failure.UNSUPPORTED_KEY, "EC key on an unsupported or unnamed curve");
                }
                if (keyBytes.length == 0 || keyBytes[0] != 0x04) {
                    throw new SignatureFailure(Failure.UNSUPPORTED_KEY, "EC key is not an uncompressed point");
                }
                return new PublicKey(KeyFamily.EC, SecKeys.createPublicKey(type, keyBytes), type.sizeInBits());
            }
            if (alg.equals(RSA_ENCRYPTION) || alg.equals(RSASSA_PSS)) {
                BigInteger modulus = RSAPublicKey.getInstance(keyBytes).getModulus();
                int bits = modulus.bitLength();
                if (bits < MIN_RSA_BITS) {
                    throw new SignatureFailure(Failure.WEAK_KEY, "RSA key of " + bits + " bits (minimum " + MIN_RSA_BITS + ")");
                }
                KeyType type = switch (bits) {
                    case 2048 -> KeyType.RSA_2048;
                    case 3072 -> KeyType.RSA_3072;
                    case 4096 -> KeyType.RSA_4096;
                    default -> throw new SignatureFailure(Failure.UNSUPPORTED_KEY, "RSA key of " + bits + " bits");
                };
                return new PublicKey(KeyFamily.RSA, SecKeys.createPublicKey(type, keyBytes), bits);
            }
            if (alg.equals(ED25519)) {
                if (spki.getAlgorithm().getParameters() != null) {
                    throw new SignatureFailure(Failure.MALFORMED_KEY, "Ed25519 key with parameters");
                }
                return new PublicKey(KeyFamily.ED25519, SecKeys.createPublicKey(KeyType.ED25519, keyBytes), 256);
            }
            if (alg.equals(DSA)) {
                throw new SignatureFailure(Failure.WEAK_ALGORITHM, "DSA key");
            }
            throw new SignatureFailure(Failure.UNSUPPORTED_KEY, "public key algorithm " + alg.getId());
        } catch (CryptoKitException e) {
            throw new SignatureFailure(Failure.MALFORMED_KEY, "public key: " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            // BouncyCastle reports malformed ASN.1 inside getInstance as IllegalArgumentException.
            throw new SignatureFailure(Failure.MALFORMED_KEY, "public key: malformed " + alg.getId());
        }
    }

    /**
     * Verifies {@code signature} over {@code signed} with {@code key} under {@code algorithm}; returns the
     * proof or throws {@link SignatureFailure}.
     */
    public static VerifiedSignature verify(AlgorithmIdentifier algorithm, PublicKey key, byte[] signed, byte[] signature) {
        KeyAlgorithm keyAlgorithm = keyAlgorithm(algorithm, key.family());
        try {
            return key.key().verifySignature(keyAlgorithm, signed, signature);
        } catch (CryptoKitException e) {
            throw new SignatureFailure(Failure.INVALID_SIGNATURE, "signature does not verify (" + e.reason() + ")");
        }
    }

    /** The cryptokit algorithm for an X.509 signature algorithm and a key family. */
    static KeyAlgorithm keyAlgorithm(AlgorithmIdentifier algorithm, KeyFamily family) {
        String oid = algorithm.getAlgorithm().getId();
        ASN1Encodable params = algorithm.getParameters();
        return switch (oid) {
            case "1.2.840.10045.4.3.2" -> ecdsa(family, params, KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256);
            case "1.2.840.10045.4.3.3" -> ecdsa(family, params, KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA384);
            case "1.2.840.10045.4.3.4" -> ecdsa(family, params, KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA512);
            case "1.2.840.113549.1.1.11" -> rsa(family, params, KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA256);
            case "1.2.840.113549.1.1.12" -> rsa(family, params, KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA384);
            case "1.2.840.113549.1.1.13" -> rsa(family, params, KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA512);
            case "1.2.840.113549.1.1.10" -> pss(family, params);
            case "1.3.101.112" -> {
                if (params != null) {
                    throw new SignatureFailure(Failure.MALFORMED_ALGORITHM, "Ed25519 signature algorithm with parameters");
                }
                yield requireFamily(family, KeyFamily.ED25519, KeyAlgorithm.ED25519);
            }
            // md2, md5, sha1 with RSA; ecdsa-with-SHA1; dsa-with-sha1/sha224/sha256.
            case "1.2.840.113549.1.1.2", "1.2.840.113549.1.1.4", "1.2.840.113549.1.1.5", "1.3.14.3.2.29",
                 "1.2.840.10045.4.1", "1.2.840.10040.4.3", "2.16.840.1.101.3.4.3.1", "2.16.840.1.101.3.4.3.2" ->
                    throw new SignatureFailure(Failure.WEAK_ALGORITHM, "weak signature algorithm " + oid);
            default -> throw new SignatureFailure(Failure.UNSUPPORTED_ALGORITHM, "signature algorithm " + oid);
        };
    }

    private static KeyAlgorithm ecdsa(KeyFamily family, ASN1Encodable params, KeyAlgorithm algorithm) {
        if (params != null) { // RFC 5758 §3.2: the parameters field MUST be absent.
            throw new SignatureFailure(Failure.MALFORMED_ALGORITHM, "ECDSA signature algorithm with parameters");
        }
        return requireFamily(family, KeyFamily.EC, algorithm);
    }

    private static KeyAlgorithm rsa(KeyFamily family, ASN1Encodable params, KeyAlgorithm algorithm) {
        // RFC 4055 §5: NULL parameters; absent parameters are tolerated as many encoders emit them.
        if (params != null && !(params instanceof ASN1Null)) {
            throw new SignatureFailure(Failure.MALFORMED_ALGORITHM, "RSA PKCS#1 signature algorithm with non-NULL parameters");
        }
        return requireFamily(family, KeyFamily.RSA, algorithm);
    }

    private static KeyAlgorithm pss(KeyFamily family, ASN1Encodable params) {
        RSASSAPSSparams p;
        try {
            p = RSASSAPSSparams.getInstance(params);
        } catch (IllegalArgumentException e) {
            throw new SignatureFailure(Failure.MALFORMED_ALGORITHM, "malformed RSASSA-PSS parameters");
        }
        if (p == null) {
            throw new SignatureFailure(Failure.MALFORMED_ALGORITHM, "RSASSA-PSS without parameters");
        }
        ASN1ObjectIdentifier hash = p.getHashAlgorithm().getAlgorithm();
        AlgorithmIdentifier mgf = p.getMaskGenAlgorithm();
        AlgorithmIdentifier mgfHash;
        try {
            mgfHash = AlgorithmIdentifier.getInstance(mgf.getParameters());
        } catch (IllegalArgumentException e) {
            throw new SignatureFailure(Failure.MALFORMED_ALGORITHM, "malformed MGF1 parameters");
        }
        int hashLength;
        KeyAlgorithm algorithm;
        if (hash.equals(SHA256)) {
            hashLength = 32;
            algorithm = KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PSS_SHA256;
        } else if (hash.equals(SHA384)) {
            hashLength = 48;
            algorithm = KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PSS_SHA384;
        } else if (hash.equals(SHA512)) {
            hashLength = 64;
            algorithm = KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PSS_SHA512;
        } else {
            throw new SignatureFailure(Failure.UNSUPPORTED_ALGORITHM, "RSASSA-PSS with hash " + hash.getId());
        }
        if (!mgf.getAlgorithm().equals(MGF1) || mgfHash == null || !mgfHash.getAlgorithm().equals(hash)
                || p.getSaltLength().intValueExact() != hashLength || p.getTrailerField().intValueExact() != 1) {
            throw new SignatureFailure(Failure.UNSUPPORTED_ALGORITHM,
                    "RSASSA-PSS parameters other than MGF1 with the same hash, salt = hash length, trailer 1");
        }
        return requireFamily(family, KeyFamily.RSA, algorithm);
    }

    private static KeyAlgorithm requireFamily(KeyFamily actual, KeyFamily expected, KeyAlgorithm algorithm) {
        if (actual != expected) {
            throw new SignatureFailure(Failure.ALGORITHM_KEY_MISMATCH, algorithm + " signature with a " + actual + " key");
        }
        return algorithm;
    }

    /** Parses DER {@code SubjectPublicKeyInfo} bytes; malformed input is {@link Failure#MALFORMED_KEY}. */
    public static SubjectPublicKeyInfo parseSpki(byte[] der) {
        try {
            SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(org.bouncycastle.asn1.ASN1Primitive.fromByteArray(der));
            if (!java.util.Arrays.equals(spki.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER), der)) {
                throw new SignatureFailure(Failure.MALFORMED_KEY, "SubjectPublicKeyInfo is not DER or has trailing bytes");
            }
            return spki;
        } catch (IOException | IllegalArgumentException e) {
            throw new SignatureFailure(Failure.MALFORMED_KEY, "malformed SubjectPublicKeyInfo");
        }
    }
}
