package dev.citadel.cryptokit.keys;

import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcPublicPoint;
import dev.citadel.corecrypto.ec.EcdhPrivateKey;
import dev.citadel.corecrypto.ec.EcdhPublicKey;
import dev.citadel.corecrypto.ec.EcdsaPrivateKey;
import dev.citadel.corecrypto.ec.EcdsaPublicKey;
import dev.citadel.corecrypto.ec.EcdsaSignatureEncoding;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.ec.XdhPublicKey;
import dev.citadel.corecrypto.eddsa.EdDsaAlgorithm;
import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaPublicKey;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.pk.SharedSecret;
import dev.citadel.corecrypto.pk.SignatureHash;
import dev.citadel.corecrypto.rsa.RsaOaepParameters;
import dev.citadel.corecrypto.rsa.RsaPrivateKey;
import dev.citadel.corecrypto.rsa.RsaPssParameters;
import dev.citadel.corecrypto.rsa.RsaPublicKey;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.HashFunction;
import dev.citadel.cryptokit.RandomSource;
import dev.citadel.cryptokit.SymmetricKey;
import dev.citadel.cryptokit.VerifiedSignature;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.KeyMaterial;
import dev.citadel.cryptokit.internal.material.Verifications;
import java.util.Arrays;

/** A {@link SecKey} held in this process's memory. Created by {@link SecKeys}. */
final class SoftwareKey implements SecKey {

    /** The key material: exactly one private form (or none, for a public key) plus the public form. */
    sealed interface Material permits Ec, Rsa, Ed, X {}

    record Ec(EcdsaPrivateKey priv, EcPublicPoint pub) implements Material {}

    record Rsa(RsaPrivateKey priv, RsaPublicKey pub) implements Material {}

    record Ed(EdDsaPrivateKey priv, EdDsaPublicKey pub) implements Material {}

    record X(XdhPrivateKey priv, XdhPublicKey pub) implements Material {}

    private static final byte[] NO_LABEL = new byte[0];

    private final KeyType type;
    private final KeyClass keyClass;
    private final boolean extractable;
    private final Material material;
    private final RandomSource random;

    SoftwareKey(KeyType type, KeyClass keyClass, boolean extractable, Material material, RandomSource random) {
        this.type = type;
        this.keyClass = keyClass;
        this.extractable = keyClass == KeyClass.PUBLIC || extractable;
        this.material = material;
        this.random = random;
    }

    @Override
    public KeyType keyType() {
        return type;
    }

    @Override
    public KeyClass keyClass() {
        return keyClass;
    }

    @Override
    public boolean isExtractable() {
        return extractable;
    }

    @Override
    public SecKey copyPublicKey() {
        if (keyClass == KeyClass.PUBLIC) {
            return this;
        }
        Material pub = switch (material) {
            case Ec m -> new Ec(null, m.pub());
            case Rsa m -> new Rsa(null, m.pub());
            case Ed m -> new Ed(null, m.pub());
            case X m -> new X(null, m.pub());
        };
        return new SoftwareKey(type, KeyClass.PUBLIC, true, pub, random);
    }

    @Override
    public byte[] copyExternalRepresentation() {
        if (keyClass == KeyClass.PRIVATE && !extractable) {
            throw CryptoKitException.of(Reason.NOT_EXTRACTABLE, "private key is not extractable");
        }
        return CoreFailures.call(() -> switch (material) {
            case Ec m -> m.priv() == null ? m.pub().x963() : concat(m.pub().x963(), m.priv().revealRawScalar(SecretAccess.insecure()));
            case Rsa m -> m.priv() == null ? m.pub().pkcs1() : Pkcs1.fromPkcs8(m.priv().revealPkcs8(SecretAccess.insecure()));
            case Ed m -> m.priv() == null ? m.pub().raw() : m.priv().revealRaw(SecretAccess.insecure());
            case X m -> m.priv() == null ? m.pub().raw() : m.priv().revealRaw(SecretAccess.insecure());
        });
    }

    @Override
    public boolean isAlgorithmSupported(KeyOperation operation, KeyAlgorithm algorithm) {
        boolean priv = keyClass == KeyClass.PRIVATE;
        return switch (operation) {
            case SIGN -> priv && signs(algorithm);
            case VERIFY -> signs(algorithm);
            case ENCRYPT -> encrypts(algorithm);
            case DECRYPT -> priv && encrypts(algorithm);
            case KEY_EXCHANGE -> priv && algorithm.kind() == KeyAlgorithm.Kind.KEY_EXCHANGE && (material instanceof Ec || material instanceof X);
        };
    }

    private boolean signs(KeyAlgorithm a) {
        return switch (material) {
            case Ec m -> a.name().startsWith("ECDSA_");
            case Rsa m -> a.name().startsWith("RSA_SIGNATURE_");
            case Ed m -> a == KeyAlgorithm.ED25519;
            case X m -> false;
        };
    }

    private boolean encrypts(KeyAlgorithm a) {
        return switch (material) {
            case Ec m -> a.isEcies();
            case Rsa m -> a == KeyAlgorithm.RSA_ENCRYPTION_OAEP_SHA256;
            case Ed m -> false;
            case X m -> false;
        };
    }

    @Override
    public byte[] createSignature(KeyAlgorithm algorithm, byte[] data) {
        require(KeyOperation.SIGN, algorithm);
        return CoreFailures.call(() -> switch (material) {
            case Ec m -> m.priv().sign(data, hash(algorithm), EcdsaSignatureEncoding.DER);
            case Rsa m -> algorithm.name().contains("_PSS_") ? m.priv().signPss(data, RsaPssParameters.of(hash(algorithm)))
                    : m.priv().signPkcs1(data, hash(algorithm));
            case Ed m -> m.priv().sign(data);
            case X m -> throw new AssertionError("checked by require");
        });
    }

    @Override
    public VerifiedSignature verifySignature(KeyAlgorithm algorithm, byte[] data, byte[] signature) {
        require(KeyOperation.VERIFY, algorithm);
        CoreFailures.run(() -> {
            switch (material) {
                case Ec m -> EcdsaPublicKey.of(m.pub()).verify(data, signature, hash(algorithm), EcdsaSignatureEncoding.DER);
                case Rsa m -> {
                    if (algorithm.name().contains("_PSS_")) {
                        m.pub().verifyPss(data, signature, RsaPssParameters.of(hash(algorithm)));
                    } else {
                        m.pub().verifyPkcs1(data, signature, hash(algorithm));
                    }
                }
                case Ed m -> m.pub().verify(data, signature);
                case X m -> throw new AssertionError("checked by require");
            }
        });
        return Verifications.issue(algorithm.name());
    }

    @Override
    public byte[] createEncryptedData(KeyAlgorithm algorithm, byte[] plaintext) {
        require(KeyOperation.ENCRYPT, algorithm);
        return CoreFailures.call(() -> switch (material) {
            case Ec m -> Ecies.encrypt(m.pub(), plaintext, algorithm.variableIv(), random);
            case Rsa m -> m.pub().encryptOaep(plaintext, NO_LABEL, RsaOaepParameters.of(SignatureHash.SHA_256));
            default -> throw new AssertionError("checked by require");
        });
    }

    @Override
    public byte[] createDecryptedData(KeyAlgorithm algorithm, byte[] ciphertext) {
        require(KeyOperation.DECRYPT, algorithm);
        return CoreFailures.call(() -> switch (material) {
            case Ec m -> {
                try (EcdhPrivateKey k = ecdh(m)) {
                    yield Ecies.decrypt(k, ciphertext, algorithm.variableIv());
                }
            }
            case Rsa m -> m.priv().decryptOaep(ciphertext, NO_LABEL, RsaOaepParameters.of(SignatureHash.SHA_256));
            default -> throw new AssertionError("checked by require");
        });
    }

    @Override
    public SymmetricKey copyKeyExchangeResult(KeyAlgorithm algorithm, SecKey peer, KeyExchangeParameters parameters) {
        require(KeyOperation.KEY_EXCHANGE, algorithm);
        if (peer.keyType() != type) {
            throw CryptoKitException.of(Reason.INVALID_KEY, "peer key is " + peer.keyType() + ", not " + type);
        }
        byte[] peerPublic = peer.copyPublicKey().copyExternalRepresentation();
        dev.citadel.cryptokit.SharedSecret secret = KeyMaterial.sharedFromCore(CoreFailures.call(() -> switch (material) {
            case Ec m -> {
                try (EcdhPrivateKey k = ecdh(m)) {
                    yield k.agree(EcdhPublicKey.of(EcPublicPoint.fromX963(m.pub().curve(), peerPublic)));
                }
            }
            case X m -> m.priv().agree(XdhPublicKey.fromRaw(XdhAlgorithm.X25519, peerPublic));
            default -> throw new AssertionError("checked by require");
        }));
        try (secret) {
            if (algorithm.name().endsWith("_X963_SHA256")) {
                if (parameters.requestedSize() == 0) {
                    throw CryptoKitException.of(Reason.INVALID_PARAMETER, algorithm + " needs a requested size");
                }
                return secret.x963DerivedSymmetricKey(HashFunction.SHA256, parameters.sharedInfo(), parameters.requestedSize());
            }
            return SymmetricKey.fromBytes(secret.reveal(dev.citadel.cryptokit.SecretAccess.insecure()), dev.citadel.cryptokit.SecretAccess.insecure());
        }
    }

    private static EcdhPrivateKey ecdh(Ec m) {
        byte[] d = m.priv().revealRawScalar(SecretAccess.insecure());
        try {
            return EcdhPrivateKey.fromRawScalar(m.pub().curve(), d);
        } finally {
            Arrays.fill(d, (byte) 0);
        }
    }

    private void require(KeyOperation operation, KeyAlgorithm algorithm) {
        if (!isAlgorithmSupported(operation, algorithm)) {
            throw CryptoKitException.of(Reason.UNSUPPORTED_ALGORITHM, keyClass + " " + type + " key cannot " + operation + " with " + algorithm);
        }
    }

    private static SignatureHash hash(KeyAlgorithm algorithm) {
        String n = algorithm.name();
        return n.endsWith("SHA256") ? SignatureHash.SHA_256 : n.endsWith("SHA384") ? SignatureHash.SHA_384 : SignatureHash.SHA_512;
    }

    static EcCurve curve(KeyType type) {
        return switch (type) {
            case EC_P256 -> EcCurve.P_256;
            case EC_P384 -> EcCurve.P_384;
            case EC_P521 -> EcCurve.P_521;
            default -> throw new IllegalArgumentException(type + " is not an EC type");
        };
    }

    static EdDsaAlgorithm ed() {
        return EdDsaAlgorithm.ED25519;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        Arrays.fill(b, (byte) 0);
        return out;
    }

    @Override
    public void close() {
        switch (material) {
            case Ec m -> closeIfPresent(m.priv());
            case Rsa m -> closeIfPresent(m.priv());
            case Ed m -> closeIfPresent(m.priv());
            case X m -> closeIfPresent(m.priv());
        }
    }

    private static void closeIfPresent(AutoCloseable k) {
        if (k != null) {
            try {
                k.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public String toString() {
        return "SecKey[" + type + " " + keyClass + (keyClass == KeyClass.PRIVATE ? (extractable ? ", extractable" : ", not extractable") + ", redacted" : "") + "]";
    }
}
