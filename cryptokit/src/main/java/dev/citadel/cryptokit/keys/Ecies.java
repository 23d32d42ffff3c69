package dev.citadel.cryptokit.keys;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.ec.EcPublicPoint;
import dev.citadel.corecrypto.ec.EcdhPrivateKey;
import dev.citadel.corecrypto.ec.EcdhPublicKey;
import dev.citadel.corecrypto.hazmat.InsecureNonceAead;
import dev.citadel.corecrypto.kdf.X963Kdf;
import dev.citadel.corecrypto.pk.SharedSecret;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.RandomSource;
import dev.citadel.cryptokit.internal.material.CoreViews;
import java.util.Arrays;

/**
 * Apple's ECIES ({@code kSecKeyAlgorithmECIESEncryption…X963SHA256AESGCM}); see {@link KeyAlgorithm} for
 * the exact construction. Byte-level over corecrypto; callers translate corecrypto exceptions.
 */
final class Ecies {

    private static final int TAG_LENGTH = 16;
    private static final int IV_LENGTH = 16;

    private Ecies() {}

    static byte[] encrypt(EcPublicPoint recipient, byte[] plaintext, boolean variableIv, RandomSource random) {
        EcCurve curve = recipient.curve();
        try (EcdhPrivateKey ephemeral = EcdhPrivateKey.generate(curve, CoreViews.random(random));
                SharedSecret z = ephemeral.agree(EcdhPublicKey.of(recipient))) {
            byte[] ephemeralPublic = ephemeral.publicKey().point().x963();
            byte[] ct = seal(curve, z, ephemeralPublic, variableIv, plaintext);
            byte[] out = Arrays.copyOf(ephemeralPublic, ephemeralPublic.length + ct.length);
            System.arraycopy(ct, 0, out, ephemeralPublic.length, ct.length);
            return out;
        }
    }

    static byte[] decrypt(EcdhPrivateKey recipient, byte[] message, boolean variableIv) {
        EcCurve curve = recipient.curve();
        int pointLength = 1 + 2 * curve.coordinateLength();
        if (message.length < pointLength + TAG_LENGTH) {
            throw CryptoKitException.of(Reason.INVALID_CIPHERTEXT, "ECIES message shorter than ephemeral key and tag");
        }
        byte[] ephemeralPublic = Arrays.copyOf(message, pointLength);
        EcPublicPoint ephemeral = EcPublicPoint.fromX963(curve, ephemeralPublic);
        try (SharedSecret z = recipient.agree(EcdhPublicKey.of(ephemeral))) {
            return open(curve, z, ephemeralPublic, variableIv, Arrays.copyOfRange(message, pointLength, message.length));
        }
    }

    /** AES-128 for curves of at most 256 bits, AES-256 above (Apple SecKey.h). */
    static int aesKeyLength(EcCurve curve) {
        return curve.coordinateLength() <= 32 ? 16 : 32;
    }

    private static byte[] seal(EcCurve curve, SharedSecret z, byte[] sharedInfo, boolean variableIv, byte[] plaintext) {
        byte[][] keyIv = deriveKeyAndIv(curve, z, sharedInfo, variableIv);
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(keyIv[0], SecretAccess.insecure())) {
            return InsecureNonceAead.seal(Aead.AES_GCM, key, keyIv[1], plaintext, new byte[0], TAG_LENGTH);
        } finally {
            Arrays.fill(keyIv[0], (byte) 0);
        }
    }

    private static byte[] open(EcCurve curve, SharedSecret z, byte[] sharedInfo, boolean variableIv, byte[] ciphertextAndTag) {
        byte[][] keyIv = deriveKeyAndIv(curve, z, sharedInfo, variableIv);
        try (SecretKeyMaterial key = SecretKeyMaterial.copyOf(keyIv[0], SecretAccess.insecure())) {
            return InsecureNonceAead.open(Aead.AES_GCM, key, keyIv[1], ciphertextAndTag, new byte[0], TAG_LENGTH);
        } finally {
            Arrays.fill(keyIv[0], (byte) 0);
        }
    }

    private static byte[][] deriveKeyAndIv(EcCurve curve, SharedSecret z, byte[] sharedInfo, boolean variableIv) {
        int keyLength = aesKeyLength(curve);
        byte[] zBytes = z.reveal(dev.citadel.corecrypto.SecretAccess.insecure());
        try (SecretKeyMaterial zKey = SecretKeyMaterial.copyOf(zBytes, SecretAccess.insecure());
                SecretKeyMaterial okm = X963Kdf.derive(HashAlgorithm.SHA_256, zKey, sharedInfo, keyLength + (variableIv ? IV_LENGTH : 0))) {
            byte[] all = okm.reveal(SecretAccess.insecure());
            byte[] key = Arrays.copyOf(all, keyLength);
            byte[] iv = variableIv ? Arrays.copyOfRange(all, keyLength, keyLength + IV_LENGTH) : new byte[IV_LENGTH];
            Arrays.fill(all, (byte) 0);
            return new byte[][] {key, iv};
        } finally {
            Arrays.fill(zBytes, (byte) 0);
        }
    }
}
