package dev.citadel.cryptokit.keys;

import dev.citadel.corecrypto.ec.EcPublicPoint;
import dev.citadel.corecrypto.ec.EcdsaPrivateKey;
import dev.citadel.corecrypto.ec.XdhAlgorithm;
import dev.citadel.corecrypto.ec.XdhPrivateKey;
import dev.citadel.corecrypto.ec.XdhPublicKey;
import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import dev.citadel.corecrypto.eddsa.EdDsaPublicKey;
import dev.citadel.corecrypto.rsa.RsaPrivateKey;
import dev.citadel.corecrypto.rsa.RsaPublicKey;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.RandomSource;
import dev.citadel.cryptokit.SecretAccess;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.CoreViews;
import java.util.Arrays;

/**
 * Software {@link SecKey}s (Apple {@code SecKeyCreateRandomKey}, {@code SecKeyCreateWithData}).
 *
 * <pre>{@code
 * try (SecKey key = SecKeys.createRandomKey(KeyType.EC_P256, false)) {
 *     byte[] sig = key.createSignature(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, data);
 *     key.copyPublicKey().verifySignature(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, data, sig);
 * }
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * Generated keys pass corecrypto's pairwise consistency tests; imported keys are validated (points on
 * the curve, RSA modulus and exponent limits, ECDSA scalars in [1, n)); imports reject trailing bytes.
 *
 * <h2>Does not</h2>
 * Persist keys (that is the keychain's job) or protect them from this process.
 */
public final class SecKeys {

    private SecKeys() {}

    public static SecKey createRandomKey(KeyType type, boolean extractable) {
        return createRandomKey(type, extractable, RandomSource.system());
    }

    /** A fresh private key; {@code random} also serves the key's later randomised operations. */
    public static SecKey createRandomKey(KeyType type, boolean extractable, RandomSource random) {
        dev.citadel.corecrypto.RandomSource core = CoreViews.random(random);
        SoftwareKey.Material m = CoreFailures.call(() -> switch (type) {
            case EC_P256, EC_P384, EC_P521 -> {
                EcdsaPrivateKey k = EcdsaPrivateKey.generate(SoftwareKey.curve(type), core);
                yield new SoftwareKey.Ec(k, k.publicKey().point());
            }
            case RSA_2048, RSA_3072, RSA_4096 -> {
                RsaPrivateKey k = RsaPrivateKey.generate(type.sizeInBits(), core);
                yield new SoftwareKey.Rsa(k, k.publicKey());
            }
            case ED25519 -> {
                EdDsaPrivateKey k = EdDsaPrivateKey.generate(SoftwareKey.ed(), core);
                yield new SoftwareKey.Ed(k, k.publicKey());
            }
            case X25519 -> {
                XdhPrivateKey k = XdhPrivateKey.generate(XdhAlgorithm.X25519, core);
                yield new SoftwareKey.X(k, k.publicKey());
            }
        });
        return new SoftwareKey(type, KeyClass.PRIVATE, extractable, m, random);
    }

    /** A public key from its external representation (see {@link SecKey#copyExternalRepresentation()}). */
    public static SecKey createPublicKey(KeyType type, byte[] external) {
        SoftwareKey.Material m = CoreFailures.call(() -> switch (type) {
            case EC_P256, EC_P384, EC_P521 -> {
                requireLength(external, 1 + 2 * SoftwareKey.curve(type).coordinateLength(), type + " public key");
                yield new SoftwareKey.Ec(null, EcPublicPoint.fromX963(SoftwareKey.curve(type), external));
            }
            case RSA_2048, RSA_3072, RSA_4096 -> {
                RsaPublicKey k = RsaPublicKey.fromPkcs1(external);
                requireModulus(type, k.modulusBits());
                yield new SoftwareKey.Rsa(null, k);
            }
            case ED25519 -> {
                requireLength(external, 32, "Ed25519 public key");
                yield new SoftwareKey.Ed(null, EdDsaPublicKey.fromRaw(SoftwareKey.ed(), external));
            }
            case X25519 -> {
                requireLength(external, 32, "X25519 public key");
                yield new SoftwareKey.X(null, XdhPublicKey.fromRaw(XdhAlgorithm.X25519, external));
            }
        });
        return new SoftwareKey(type, KeyClass.PUBLIC, true, m, RandomSource.system());
    }

    /** A private key from its external representation; the caller keeps (and should clear) {@code external}. */
    public static SecKey createPrivateKey(KeyType type, byte[] external, boolean extractable, SecretAccess access) {
        SecretAccess.require(access);
        SoftwareKey.Material m = CoreFailures.call(() -> switch (type) {
            case EC_P256, EC_P384, EC_P521 -> {
                int l = SoftwareKey.curve(type).coordinateLength();
                requireLength(external, 1 + 3 * l, type + " private key");
                EcPublicPoint claimed = EcPublicPoint.fromX963(SoftwareKey.curve(type), Arrays.copyOf(external, 1 + 2 * l));
                byte[] d = Arrays.copyOfRange(external, 1 + 2 * l, external.length);
                try {
                    EcdsaPrivateKey k = EcdsaPrivateKey.fromRawScalar(SoftwareKey.curve(type), d);
                    if (!k.publicKey().point().equals(claimed)) {
                        k.close();
                        throw CryptoKitException.of(Reason.INVALID_KEY, "public point does not match the private scalar");
                    }
                    yield new SoftwareKey.Ec(k, claimed);
                } finally {
                    Arrays.fill(d, (byte) 0);
                }
            }
            case RSA_2048, RSA_3072, RSA_4096 -> {
                RsaPrivateKey k = RsaPrivateKey.fromPkcs8(Pkcs1.toPkcs8(external));
                requireModulus(type, k.publicKey().modulusBits());
                yield new SoftwareKey.Rsa(k, k.publicKey());
            }
            case ED25519 -> {
                requireLength(external, 32, "Ed25519 private key");
                EdDsaPrivateKey k = EdDsaPrivateKey.fromRaw(SoftwareKey.ed(), external);
                yield new SoftwareKey.Ed(k, k.publicKey());
            }
            case X25519 -> {
                requireLength(external, 32, "X25519 private key");
                XdhPrivateKey k = XdhPrivateKey.fromRaw(XdhAlgorithm.X25519, external);
                yield new SoftwareKey.X(k, k.publicKey());
            }
        });
        return new SoftwareKey(type, KeyClass.PRIVATE, extractable, m, RandomSource.system());
    }

    private static void requireModulus(KeyType type, int bits) {
        if (bits != type.sizeInBits()) {
            throw CryptoKitException.of(Reason.INVALID_KEY, "RSA modulus is " + bits + " bits, not " + type.sizeInBits());
        }
    }

    private static void requireLength(byte[] bytes, int expected, String what) {
        if (bytes.length > expected) {
            throw CryptoKitException.of(Reason.TRAILING_BYTES, what + " has " + (bytes.length - expected) + " trailing bytes");
        }
        if (bytes.length < expected) {
            throw CryptoKitException.of(Reason.INVALID_ENCODING, what + " must be " + expected + " bytes");
        }
    }
}
