package dev.citadel.passkeys.attestation.internal;

import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.VerifiedSignature;
import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.cryptokit.keys.SecKeys;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.CoseAlgorithm;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import dev.citadel.trust.Certificate;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The public key of an attestation certificate, as a cryptokit {@link SecKey}: the key that verifies a
 * statement's {@code sig}, and the form in which it is compared with the credential public key.
 *
 * @param family EC, RSA or Ed25519
 * @param type the cryptokit key type
 * @param raw EC: the uncompressed point {@code 04 || x || y}; RSA: PKCS #1 RSAPublicKey DER; Ed25519: the 32 bytes
 * @param key the cryptokit key
 */
public record CertificateKey(Family family, KeyType type, Bytes raw, SecKey key) {

    /** The key families of attestation certificates Citadel verifies. */
    public enum Family { EC, RSA, ED25519 }

    private static final ASN1ObjectIdentifier EC_PUBLIC_KEY = new ASN1ObjectIdentifier("1.2.840.10045.2.1");
    private static final ASN1ObjectIdentifier P256 = new ASN1ObjectIdentifier("1.2.840.10045.3.1.7");
    private static final ASN1ObjectIdentifier P384 = new ASN1ObjectIdentifier("1.3.132.0.34");
    private static final ASN1ObjectIdentifier P521 = new ASN1ObjectIdentifier("1.3.132.0.35");
    private static final ASN1ObjectIdentifier RSA = new ASN1ObjectIdentifier("1.2.840.113549.1.1.1");
    private static final ASN1ObjectIdentifier ED25519 = new ASN1ObjectIdentifier("1.3.101.112");

    /** The key of {@code certificate}; {@code UNSUPPORTED_ALGORITHM} for key types cryptokit does not verify. */
    public static CertificateKey of(String fmt, Certificate certificate) {
        SubjectPublicKeyInfo spki = certificate.asn1().getSubjectPublicKeyInfo();
        ASN1ObjectIdentifier alg = spki.getAlgorithm().getAlgorithm();
        byte[] keyBytes = spki.getPublicKeyData().getOctets();
        try {
            if (alg.equals(EC_PUBLIC_KEY)) {
                ASN1Encodable curve = spki.getAlgorithm().getParameters();
                KeyType type = P256.equals(curve) ? KeyType.EC_P256 : P384.equals(curve) ? KeyType.EC_P384
                        : P521.equals(curve) ? KeyType.EC_P521 : null;
                if (type == null) {
                    throw unsupported(fmt, "EC attestation key on a curve other than P-256, P-384 or P-521");
                }
                return new CertificateKey(Family.EC, type, Bytes.of(keyBytes), SecKeys.createPublicKey(type, keyBytes));
            }
            if (alg.equals(RSA)) {
                int bits = RSAPublicKey.getInstance(keyBytes).getModulus().bitLength();
                KeyType type = switch (bits) {
                    case 2048 -> KeyType.RSA_2048;
                    case 3072 -> KeyType.RSA_3072;
                    case 4096 -> KeyType.RSA_4096;
                    default -> throw unsupported(fmt, "RSA attestation key of " + bits + " bits");
                };
                return new CertificateKey(Family.RSA, type, Bytes.of(keyBytes), SecKeys.createPublicKey(type, keyBytes));
            }
            if (alg.equals(ED25519)) {
                return new CertificateKey(Family.ED25519, KeyType.ED25519, Bytes.of(keyBytes),
                        SecKeys.createPublicKey(KeyType.ED25519, keyBytes));
            }
            throw unsupported(fmt, "attestation key algorithm " + alg.getId());
        } catch (CryptoKitException | IllegalArgumentException e) {
            throw PasskeyException.of(Reason.MALFORMED_CERTIFICATE, fmt + ": attestation certificate key does not parse", e);
        }
    }

    /**
     * Verifies {@code sig} over {@code data} under COSE {@code alg}, which must fit this key (ES256 only with
     * a P-256 key, RS256/PS256 only with RSA, EdDSA only with Ed25519): {@code ATTESTATION_INVALID} when it
     * does not fit, {@code SIGNATURE_INVALID} when the signature does not verify.
     */
    public VerifiedSignature verify(String fmt, CoseAlgorithm alg, byte[] data, Bytes sig) {
        KeyAlgorithm ka = switch (alg) {
            case ES256 -> expect(fmt, alg, type == KeyType.EC_P256, KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256);
            case ES384 -> expect(fmt, alg, type == KeyType.EC_P384, KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA384);
            case ES512 -> expect(fmt, alg, type == KeyType.EC_P521, KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA512);
            case RS256 -> expect(fmt, alg, family == Family.RSA, KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA256);
            case PS256 -> expect(fmt, alg, family == Family.RSA, KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PSS_SHA256);
            case EDDSA, ED25519 -> expect(fmt, alg, family == Family.ED25519, KeyAlgorithm.ED25519);
            case ED448, ML_DSA_44, ML_DSA_65, ML_DSA_87 -> throw unsupported(fmt, alg + " attestation certificates are not verified");
        };
        try {
            return key.verifySignature(ka, data, sig.toByteArray());
        } catch (CryptoKitException e) {
            throw PasskeyException.of(Reason.SIGNATURE_INVALID, fmt + ": the attestation signature does not verify ("
                    + e.reason() + ")", e);
        }
    }

    /** The EC point's coordinates {x, y}; only for {@link Family#EC}. */
    public byte[][] ecCoordinates() {
        byte[] p = raw.toByteArray();
        int l = (p.length - 1) / 2;
        return new byte[][] {Arrays.copyOfRange(p, 1, 1 + l), Arrays.copyOfRange(p, 1 + l, p.length)};
    }

    /** RSA {n, e} as unsigned big-endian without leading zeros; only for {@link Family#RSA}. */
    public byte[][] rsaModulusAndExponent() {
        RSAPublicKey k = RSAPublicKey.getInstance(raw.toByteArray());
        return new byte[][] {unsigned(k.getModulus()), unsigned(k.getPublicExponent())};
    }

    static byte[] unsigned(BigInteger v) {
        byte[] b = v.toByteArray();
        return b.length > 1 && b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
    }

    private static KeyAlgorithm expect(String fmt, CoseAlgorithm alg, boolean fits, KeyAlgorithm ka) {
        if (!fits) {
            throw Statement.invalid(fmt, "alg " + alg + " does not fit the attestation certificate's key");
        }
        return ka;
    }

    private static PasskeyException unsupported(String fmt, String why) {
        return PasskeyException.of(Reason.UNSUPPORTED_ALGORITHM, fmt + ": " + why);
    }
}
