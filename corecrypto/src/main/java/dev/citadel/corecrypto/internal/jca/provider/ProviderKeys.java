package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcPublicPoint;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.ec.XdhPublicKey;
import dev.citadel.corecrypto.eddsa.EdDsaAlgorithm;
import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaPublicKey;
import java.math.BigInteger;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.XECPrivateKey;
import java.security.interfaces.XECPublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.EdECPoint;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;

/**
 * Translation of any provider's keys into the Citadel provider's own: by the standard interfaces
 * ({@code ECPrivateKey.getS()}, {@code ECPublicKey.getW()}, {@code XECPublicKey.getU()}, …) or, failing
 * that, by the key's standard encoding. A key this provider cannot use (another curve, a hardware key
 * with no extractable value) fails with {@link InvalidKeyException}, which lets JCA's delayed provider
 * selection move on to the next provider.
 */
final class ProviderKeys {

    /** Ed25519 and X25519 field prime 2^255 − 19 (RFC 7748 §4.1). */
    private static final BigInteger P25519 = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));

    private static final int KEY_25519_LENGTH = 32;

    private ProviderKeys() {}

    static CitadelEcPrivateKey ecPrivate(Key key) throws InvalidKeyException {
        return switch (key) {
            case CitadelEcPrivateKey k -> k;
            case ECPrivateKey k -> CitadelEcPrivateKey.fromScalar(curve(k.getParams()), k.getS());
            case null -> throw new InvalidKeyException("null key");
            default -> {
                if (ProviderAlgorithms.EC.equalsIgnoreCase(key.getAlgorithm()) && ProviderAlgorithms.PKCS8.equals(key.getFormat())
                        && key.getEncoded() != null) {
                    yield CitadelEcPrivateKey.fromPkcs8(key.getEncoded());
                }
                throw new InvalidKeyException("not an EC private key this provider can use: " + key.getClass().getName());
            }
        };
    }

    static CitadelEcPublicKey ecPublic(Key key) throws InvalidKeyException {
        try {
            return switch (key) {
                case CitadelEcPublicKey k -> k;
                case ECPublicKey k -> new CitadelEcPublicKey(EcPublicPoint.of(curve(k.getParams()), k.getW().getAffineX(), k.getW().getAffineY()));
                case null -> throw new InvalidKeyException("null key");
                default -> {
                    if (ProviderAlgorithms.EC.equalsIgnoreCase(key.getAlgorithm()) && ProviderAlgorithms.X509.equals(key.getFormat())
                            && key.getEncoded() != null) {
                        yield new CitadelEcPublicKey(EcPublicPoint.fromSpki(key.getEncoded()));
                    }
                    throw new InvalidKeyException("not an EC public key this provider can use: " + key.getClass().getName());
                }
            };
        } catch (CryptoException e) {
            throw new InvalidKeyException("invalid EC public key: " + e.reason(), e);
        } catch (ArithmeticException e) {
            throw new InvalidKeyException("EC public key at infinity", e);
        }
    }

    static EcCurve curve(java.security.spec.ECParameterSpec params) throws InvalidKeyException {
        return EcParameters.curveOf(params).orElseThrow(() -> new InvalidKeyException("curve not offered (P-256, P-384, P-521)"));
    }

    static CitadelEdDsaPrivateKey edPrivate(Key key) throws InvalidKeyException {
        try {
            return switch (key) {
                case CitadelEdDsaPrivateKey k -> k;
                case EdECPrivateKey k -> {
                    requireNamed(k.getParams(), NamedParameterSpec.ED25519);
                    byte[] raw = k.getBytes().orElseThrow(() -> new InvalidKeyException("Ed25519 key has no extractable bytes"));
                    try {
                        yield new CitadelEdDsaPrivateKey(EdDsaPrivateKey.fromRaw(EdDsaAlgorithm.ED25519, raw));
                    } finally {
                        Arrays.fill(raw, (byte) 0);
                    }
                }
                case null -> throw new InvalidKeyException("null key");
                default -> {
                    if (ProviderAlgorithms.PKCS8.equals(key.getFormat()) && key.getEncoded() != null
                            && isEd25519Name(key.getAlgorithm())) {
                        yield edPrivateFromPkcs8(key.getEncoded());
                    }
                    throw new InvalidKeyException("not an Ed25519 private key: " + key.getClass().getName());
                }
            };
        } catch (CryptoException e) {
            throw new InvalidKeyException("invalid Ed25519 private key: " + e.reason(), e);
        }
    }

    static CitadelEdDsaPrivateKey edPrivateFromPkcs8(byte[] der) throws InvalidKeyException {
        try {
            EdDsaPrivateKey k = EdDsaPrivateKey.fromPkcs8(der);
            if (k.algorithm() != EdDsaAlgorithm.ED25519) {
                k.close();
                throw new InvalidKeyException("not an Ed25519 key");
            }
            return new CitadelEdDsaPrivateKey(k);
        } catch (CryptoException e) {
            throw new InvalidKeyException("invalid Ed25519 PKCS#8 key: " + e.reason(), e);
        }
    }

    static CitadelEdDsaPublicKey edPublic(Key key) throws InvalidKeyException {
        if (key instanceof CitadelEdDsaPublicKey k) {
            return k;
        }
        if (key != null && ProviderAlgorithms.X509.equals(key.getFormat()) && key.getEncoded() != null
                && isEd25519Name(key.getAlgorithm())) {
            return edPublicFromSpki(key.getEncoded());
        }
        throw new InvalidKeyException("not an Ed25519 public key: " + (key == null ? "null" : key.getClass().getName()));
    }

    static CitadelEdDsaPublicKey edPublicFromSpki(byte[] der) throws InvalidKeyException {
        try {
            EdDsaPublicKey k = EdDsaPublicKey.fromSpki(der);
            if (k.algorithm() != EdDsaAlgorithm.ED25519) {
                throw new InvalidKeyException("not an Ed25519 key");
            }
            return new CitadelEdDsaPublicKey(k);
        } catch (CryptoException e) {
            throw new InvalidKeyException("invalid Ed25519 public key: " + e.reason(), e);
        }
    }

    /** RFC 8032 §5.1.2 encoding of an {@code EdECPoint}. */
    static CitadelEdDsaPublicKey edPublic(EdECPoint point) throws InvalidKeyException {
        if (point.getY().signum() < 0 || point.getY().bitLength() > 255) {
            throw new InvalidKeyException("Ed25519 y out of range");
        }
        byte[] raw = LittleEndian.encode(point.getY(), KEY_25519_LENGTH);
        if (point.isXOdd()) {
            raw[KEY_25519_LENGTH - 1] |= (byte) 0x80;
        }
        try {
            return new CitadelEdDsaPublicKey(EdDsaPublicKey.fromRaw(EdDsaAlgorithm.ED25519, raw));
        } catch (CryptoException e) {
            throw new InvalidKeyException("Ed25519 point does not decode: " + e.reason(), e);
        }
    }

    static CitadelXdhPrivateKey xdhPrivate(Key key) throws InvalidKeyException {
        try {
            return switch (key) {
                case CitadelXdhPrivateKey k -> k;
                case XECPrivateKey k -> {
                    requireNamed(k.getParams(), NamedParameterSpec.X25519);
                    byte[] raw = k.getScalar().orElseThrow(() -> new InvalidKeyException("X25519 key has no extractable scalar"));
                    try {
                        yield xdhPrivateFromRaw(raw);
                    } finally {
                        Arrays.fill(raw, (byte) 0);
                    }
                }
                case null -> throw new InvalidKeyException("null key");
                default -> {
                    if (ProviderAlgorithms.PKCS8.equals(key.getFormat()) && key.getEncoded() != null
                            && isX25519Name(key.getAlgorithm())) {
                        yield xdhPrivateFromPkcs8(key.getEncoded());
                    }
                    throw new InvalidKeyException("not an X25519 private key: " + key.getClass().getName());
                }
            };
        } catch (CryptoException e) {
            throw new InvalidKeyException("invalid X25519 private key: " + e.reason(), e);
        }
    }

    static CitadelXdhPrivateKey xdhPrivateFromRaw(byte[] raw) throws InvalidKeyException {
        try {
            return new CitadelXdhPrivateKey(XdhPrivateKey.fromRaw(XdhAlgorithm.X25519, raw));
        } catch (CryptoException e) {
            throw new InvalidKeyException("invalid X25519 private key: " + e.reason(), e);
        }
    }

    static CitadelXdhPrivateKey xdhPrivateFromPkcs8(byte[] der) throws InvalidKeyException {
        try {
            XdhPrivateKey k = XdhPrivateKey.fromPkcs8(der);
            if (k.algorithm() != XdhAlgorithm.X25519) {
                k.close();
                throw new InvalidKeyException("not an X25519 key");
            }
            return new CitadelXdhPrivateKey(k);
        } catch (CryptoException e) {
            throw new InvalidKeyException("invalid X25519 PKCS#8 key: " + e.reason(), e);
        }
    }

    static CitadelXdhPublicKey xdhPublic(Key key) throws InvalidKeyException {
        return switch (key) {
            case CitadelXdhPublicKey k -> k;
            case XECPublicKey k -> {
                requireNamed(k.getParams(), NamedParameterSpec.X25519);
                yield xdhPublic(k.getU());
            }
            case null -> throw new InvalidKeyException("null key");
            default -> {
                if (ProviderAlgorithms.X509.equals(key.getFormat()) && key.getEncoded() != null && isX25519Name(key.getAlgorithm())) {
                    yield xdhPublicFromSpki(key.getEncoded());
                }
                throw new InvalidKeyException("not an X25519 public key: " + key.getClass().getName());
            }
        };
    }

    /** u reduced mod p and encoded little-endian (RFC 7748 §5), as the JDK's XECPublicKeySpec import does. */
    static CitadelXdhPublicKey xdhPublic(BigInteger u) throws InvalidKeyException {
        if (u == null || u.signum() < 0) {
            throw new InvalidKeyException("X25519 u must be non-negative");
        }
        try {
            return new CitadelXdhPublicKey(XdhPublicKey.fromRaw(XdhAlgorithm.X25519, LittleEndian.encode(u.mod(P25519), KEY_25519_LENGTH)));
        } catch (CryptoException e) {
            throw new InvalidKeyException("invalid X25519 public key: " + e.reason(), e);
        }
    }

    static CitadelXdhPublicKey xdhPublicFromSpki(byte[] der) throws InvalidKeyException {
        try {
            XdhPublicKey k = XdhPublicKey.fromSpki(der);
            if (k.algorithm() != XdhAlgorithm.X25519) {
                throw new InvalidKeyException("not an X25519 key");
            }
            return new CitadelXdhPublicKey(k);
        } catch (CryptoException e) {
            throw new InvalidKeyException("invalid X25519 public key: " + e.reason(), e);
        }
    }

    /** Accepts a {@code NamedParameterSpec} naming {@code expected} (case-insensitive, as JSSE writes "x25519"). */
    static void requireNamed(AlgorithmParameterSpec params, NamedParameterSpec expected) throws InvalidKeyException {
        if (!(params instanceof NamedParameterSpec n) || !n.getName().equalsIgnoreCase(expected.getName())) {
            throw new InvalidKeyException("only " + expected.getName() + " is offered");
        }
    }

    private static boolean isEd25519Name(String algorithm) {
        return ProviderAlgorithms.ED25519.equalsIgnoreCase(algorithm) || ProviderAlgorithms.EDDSA.equalsIgnoreCase(algorithm)
                || ProviderAlgorithms.OID_ED25519.equals(algorithm);
    }

    private static boolean isX25519Name(String algorithm) {
        return ProviderAlgorithms.X25519.equalsIgnoreCase(algorithm) || ProviderAlgorithms.XDH.equalsIgnoreCase(algorithm)
                || ProviderAlgorithms.OID_X25519.equals(algorithm);
    }
}
