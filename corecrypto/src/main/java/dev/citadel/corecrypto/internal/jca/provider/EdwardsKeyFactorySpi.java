package dev.citadel.corecrypto.internal.jca.provider;

import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyFactorySpi;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.KeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Arrays;

/**
 * Ed25519 or X25519 keys from and to RFC 8410 SubjectPublicKeyInfo and PKCS#8, the JDK's
 * {@code EdECPublicKeySpec}/{@code EdECPrivateKeySpec} or {@code XECPublicKeySpec}/{@code XECPrivateKeySpec},
 * and translation of other providers' keys.
 */
final class EdwardsKeyFactorySpi extends KeyFactorySpi {

    private final EdwardsKeyPairGeneratorSpi.Kind kind;

    EdwardsKeyFactorySpi(EdwardsKeyPairGeneratorSpi.Kind kind) {
        this.kind = kind;
    }

    @Override
    protected PublicKey engineGeneratePublic(KeySpec spec) throws InvalidKeySpecException {
        try {
            return switch (kind) {
                case ED25519 -> switch (spec) {
                    case X509EncodedKeySpec x -> ProviderKeys.edPublicFromSpki(x.getEncoded());
                    case EdECPublicKeySpec e -> {
                        ProviderKeys.requireNamed(e.getParams(), NamedParameterSpec.ED25519);
                        yield ProviderKeys.edPublic(e.getPoint());
                    }
                    case null, default -> throw new InvalidKeySpecException("expected X509EncodedKeySpec or EdECPublicKeySpec");
                };
                case X25519 -> switch (spec) {
                    case X509EncodedKeySpec x -> ProviderKeys.xdhPublicFromSpki(x.getEncoded());
                    case XECPublicKeySpec e -> {
                        ProviderKeys.requireNamed(e.getParams(), NamedParameterSpec.X25519);
                        yield ProviderKeys.xdhPublic(e.getU());
                    }
                    case null, default -> throw new InvalidKeySpecException("expected X509EncodedKeySpec or XECPublicKeySpec");
                };
            };
        } catch (InvalidKeyException e) {
            throw new InvalidKeySpecException(e.getMessage(), e);
        }
    }

    @Override
    protected PrivateKey engineGeneratePrivate(KeySpec spec) throws InvalidKeySpecException {
        try {
            return switch (kind) {
                case ED25519 -> switch (spec) {
                    case PKCS8EncodedKeySpec p -> ProviderKeys.edPrivateFromPkcs8(p.getEncoded());
                    case EdECPrivateKeySpec e -> {
                        ProviderKeys.requireNamed(e.getParams(), NamedParameterSpec.ED25519);
                        byte[] raw = e.getBytes();
                        try {
                            yield new CitadelEdDsaPrivateKey(dev.citadel.corecrypto.eddsa.EdDsaPrivateKey.fromRaw(
                                    dev.citadel.corecrypto.eddsa.EdDsaAlgorithm.ED25519, raw));
                        } catch (dev.citadel.corecrypto.CryptoException ex) {
                            throw new InvalidKeyException("invalid Ed25519 private key: " + ex.reason(), ex);
                        } finally {
                            Arrays.fill(raw, (byte) 0);
                        }
                    }
                    case null, default -> throw new InvalidKeySpecException("expected PKCS8EncodedKeySpec or EdECPrivateKeySpec");
                };
                case X25519 -> switch (spec) {
                    case PKCS8EncodedKeySpec p -> ProviderKeys.xdhPrivateFromPkcs8(p.getEncoded());
                    case XECPrivateKeySpec e -> {
                        ProviderKeys.requireNamed(e.getParams(), NamedParameterSpec.X25519);
                        byte[] raw = e.getScalar();
                        try {
                            yield ProviderKeys.xdhPrivateFromRaw(raw);
                        } finally {
                            Arrays.fill(raw, (byte) 0);
                        }
                    }
                    case null, default -> throw new InvalidKeySpecException("expected PKCS8EncodedKeySpec or XECPrivateKeySpec");
                };
            };
        } catch (InvalidKeyException e) {
            throw new InvalidKeySpecException(e.getMessage(), e);
        }
    }

    @Override
    protected <T extends KeySpec> T engineGetKeySpec(Key key, Class<T> specClass) throws InvalidKeySpecException {
        Key k;
        try {
            k = engineTranslateKey(key);
        } catch (InvalidKeyException e) {
            throw new InvalidKeySpecException(e.getMessage(), e);
        }
        KeySpec spec = switch (k) {
            case CitadelEdDsaPublicKey p when specClass.isAssignableFrom(EdECPublicKeySpec.class) ->
                    new EdECPublicKeySpec(NamedParameterSpec.ED25519, p.getPoint());
            case CitadelEdDsaPrivateKey p when specClass.isAssignableFrom(EdECPrivateKeySpec.class) ->
                    new EdECPrivateKeySpec(NamedParameterSpec.ED25519, p.getBytes().orElseThrow());
            case CitadelXdhPublicKey p when specClass.isAssignableFrom(XECPublicKeySpec.class) ->
                    new XECPublicKeySpec(NamedParameterSpec.X25519, p.getU());
            case CitadelXdhPrivateKey p when specClass.isAssignableFrom(XECPrivateKeySpec.class) ->
                    new XECPrivateKeySpec(NamedParameterSpec.X25519, p.getScalar().orElseThrow());
            case PublicKey p when specClass.isAssignableFrom(X509EncodedKeySpec.class) -> new X509EncodedKeySpec(p.getEncoded());
            case PrivateKey p when specClass.isAssignableFrom(PKCS8EncodedKeySpec.class) -> new PKCS8EncodedKeySpec(p.getEncoded());
            default -> throw new InvalidKeySpecException("cannot express the key as " + specClass.getName());
        };
        return specClass.cast(spec);
    }

    @Override
    protected Key engineTranslateKey(Key key) throws InvalidKeyException {
        return switch (kind) {
            case ED25519 -> switch (key) {
                case PublicKey p -> ProviderKeys.edPublic(p);
                case PrivateKey p -> ProviderKeys.edPrivate(p);
                case null, default -> throw new InvalidKeyException("not an Ed25519 key");
            };
            case X25519 -> switch (key) {
                case PublicKey p -> ProviderKeys.xdhPublic(p);
                case PrivateKey p -> ProviderKeys.xdhPrivate(p);
                case null, default -> throw new InvalidKeyException("not an X25519 key");
            };
        };
    }
}
