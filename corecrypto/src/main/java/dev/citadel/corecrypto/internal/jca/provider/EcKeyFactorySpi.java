package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.ec.EcPublicPoint;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyFactorySpi;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.KeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * EC keys from and to X.509 SubjectPublicKeyInfo (RFC 5480, named curve), PKCS#8 (RFC 5915),
 * {@code ECPublicKeySpec} and {@code ECPrivateKeySpec}; translation of other providers' EC keys. Every
 * public point is validated; every scalar must lie in [1, n).
 */
final class EcKeyFactorySpi extends KeyFactorySpi {

    @Override
    protected PublicKey engineGeneratePublic(KeySpec spec) throws InvalidKeySpecException {
        try {
            return switch (spec) {
                case X509EncodedKeySpec x -> new CitadelEcPublicKey(EcPublicPoint.fromSpki(x.getEncoded()));
                case ECPublicKeySpec e -> new CitadelEcPublicKey(EcPublicPoint.of(ProviderKeys.curve(e.getParams()),
                        e.getW().getAffineX(), e.getW().getAffineY()));
                case null, default -> throw new InvalidKeySpecException("expected X509EncodedKeySpec or ECPublicKeySpec");
            };
        } catch (CryptoException | InvalidKeyException e) {
            throw new InvalidKeySpecException("invalid EC public key", e);
        } catch (ArithmeticException e) {
            throw new InvalidKeySpecException("EC public key at infinity", e);
        }
    }

    @Override
    protected PrivateKey engineGeneratePrivate(KeySpec spec) throws InvalidKeySpecException {
        try {
            return switch (spec) {
                case PKCS8EncodedKeySpec p -> CitadelEcPrivateKey.fromPkcs8(p.getEncoded());
                case ECPrivateKeySpec e -> CitadelEcPrivateKey.fromScalar(ProviderKeys.curve(e.getParams()), e.getS());
                case null, default -> throw new InvalidKeySpecException("expected PKCS8EncodedKeySpec or ECPrivateKeySpec");
            };
        } catch (InvalidKeyException e) {
            throw new InvalidKeySpecException("invalid EC private key", e);
        }
    }

    @Override
    protected <T extends KeySpec> T engineGetKeySpec(Key key, Class<T> specClass) throws InvalidKeySpecException {
        try {
            if (key instanceof PublicKey) {
                CitadelEcPublicKey k = ProviderKeys.ecPublic(key);
                if (specClass.isAssignableFrom(ECPublicKeySpec.class)) {
                    return specClass.cast(new ECPublicKeySpec(k.getW(), k.getParams()));
                }
                if (specClass.isAssignableFrom(X509EncodedKeySpec.class)) {
                    return specClass.cast(new X509EncodedKeySpec(k.getEncoded()));
                }
            } else if (key instanceof PrivateKey) {
                CitadelEcPrivateKey k = ProviderKeys.ecPrivate(key);
                if (specClass.isAssignableFrom(ECPrivateKeySpec.class)) {
                    return specClass.cast(new ECPrivateKeySpec(k.getS(), k.getParams()));
                }
                if (specClass.isAssignableFrom(PKCS8EncodedKeySpec.class)) {
                    return specClass.cast(new PKCS8EncodedKeySpec(k.getEncoded()));
                }
            }
        } catch (InvalidKeyException e) {
            throw new InvalidKeySpecException(e.getMessage(), e);
        }
        throw new InvalidKeySpecException("cannot express " + key.getClass().getName() + " as " + specClass.getName());
    }

    @Override
    protected Key engineTranslateKey(Key key) throws InvalidKeyException {
        return switch (key) {
            case PublicKey p -> ProviderKeys.ecPublic(p);
            case PrivateKey p -> ProviderKeys.ecPrivate(p);
            case null, default -> throw new InvalidKeyException("not an EC key");
        };
    }
}
