package dev.citadel.cryptokit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.commoncrypto.CCAlgorithm;
import dev.citadel.cryptokit.commoncrypto.CCOperation;
import dev.citadel.cryptokit.commoncrypto.CCOption;
import dev.citadel.cryptokit.commoncrypto.CommonCrypto;
import dev.citadel.cryptokit.hpke.Ciphersuite;
import dev.citadel.cryptokit.hpke.HPKE;
import dev.citadel.cryptokit.hpke.KemId;
import dev.citadel.cryptokit.keys.KeyAlgorithm;
import dev.citadel.cryptokit.keys.KeyType;
import dev.citadel.cryptokit.keys.SecKey;
import dev.citadel.cryptokit.keys.SecKeys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated bytes into every parser and every open/verify/decrypt: each call either succeeds
 * or throws a {@link CryptoKitException}; nothing else (no IndexOutOfBounds, IllegalArgument or JCA
 * exception) may escape.
 */
class HostileInputTest {

    private static final int ROUNDS = 60;
    private static final int[] LENGTHS = {0, 1, 2, 16, 27, 28, 31, 32, 33, 48, 49, 64, 65, 66, 67, 96, 97, 98, 132, 133, 134, 200, 1088, 1120,
        1184, 1216, 1312, 1568, 1952, 2420, 2592};

    @Test
    void everyEntryPointFailsOnlyWithAReason() throws Exception {
        Random r = new Random(20261129);
        List<String> escapes = new ArrayList<>();
        try (SymmetricKey key = SymmetricKey.generate(256); HPKE.PrivateKey x = HPKE.PrivateKey.generate(KemId.DHKEM_X25519_HKDF_SHA256);
                HPKE.PrivateKey xw = HPKE.PrivateKey.generate(KemId.X_WING); SecKey ec = SecKeys.createRandomKey(KeyType.EC_P256, true);
                SecKey rsa = SecKeys.createRandomKey(KeyType.RSA_2048, true);
                P256.Signing.PrivateKey p256 = P256.Signing.PrivateKey.generate()) {
            byte[] goodSig = p256.signature(new byte[1]).derRepresentation();
            byte[] goodEcies = ec.copyPublicKey().createEncryptedData(KeyAlgorithm.ECIES_ENCRYPTION_STANDARD_VARIABLE_IV_X963_SHA256_AESGCM, new byte[5]);
            byte[] goodPkcs1 = rsa.copyExternalRepresentation();
            List<Consumer<byte[]>> targets = List.of(
                    b -> AES.GCM.open(AES.GCM.SealedBox.fromCombined(b), key),
                    b -> ChaChaPoly.open(ChaChaPoly.SealedBox.fromCombined(b), key),
                    P256.Signing.PublicKey::fromRawRepresentation, P256.Signing.PublicKey::fromX963Representation,
                    P256.Signing.PublicKey::fromCompressedRepresentation, P256.Signing.PublicKey::fromCompactRepresentation,
                    P256.Signing.PublicKey::fromDerRepresentation, P384.KeyAgreement.PublicKey::fromX963Representation,
                    P521.KeyAgreement.PublicKey::fromCompressedRepresentation, P521.Signing.PublicKey::fromDerRepresentation,
                    b -> P256.Signing.PublicKey.fromPemRepresentation(pem("PUBLIC KEY", b)),
                    b -> P256.Signing.PrivateKey.fromDerRepresentation(b, SecretAccess.insecure()),
                    b -> P384.KeyAgreement.PrivateKey.fromX963Representation(b, SecretAccess.insecure()),
                    b -> P256.Signing.ECDSASignature.fromDerRepresentation(b),
                    b -> p256.publicKey().verify(P256.Signing.ECDSASignature.fromRawRepresentation(b), new byte[1]),
                    Curve25519.Signing.PublicKey::fromRawRepresentation, Curve25519.KeyAgreement.PublicKey::fromRawRepresentation,
                    MLKEM768.PublicKey::fromRawRepresentation, MLKEM1024.PublicKey::fromRawRepresentation,
                    MLDSA44.PublicKey::fromRawRepresentation, MLDSA65.PublicKey::fromRawRepresentation, XWing.PublicKey::fromRawRepresentation,
                    b -> HPKE.PublicKey.of(KemId.DHKEM_P256_HKDF_SHA256, b), b -> HPKE.PublicKey.of(KemId.ML_KEM_768, b),
                    b -> HPKE.open(Ciphersuite.CURVE25519_SHA256_CHACHAPOLY, x, new byte[0], b, b, new byte[0]),
                    b -> HPKE.open(Ciphersuite.XWING_SHA256_AES_GCM_256, xw, new byte[0], b, b, new byte[0]),
                    b -> SecKeys.createPublicKey(KeyType.EC_P384, b), b -> SecKeys.createPublicKey(KeyType.RSA_2048, b),
                    b -> SecKeys.createPrivateKey(KeyType.RSA_2048, b, true, SecretAccess.insecure()),
                    b -> SecKeys.createPrivateKey(KeyType.EC_P256, b, true, SecretAccess.insecure()),
                    b -> ec.createDecryptedData(KeyAlgorithm.ECIES_ENCRYPTION_COFACTOR_VARIABLE_IV_X963_SHA256_AESGCM, b),
                    b -> rsa.createDecryptedData(KeyAlgorithm.RSA_ENCRYPTION_OAEP_SHA256, b),
                    b -> ec.verifySignature(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, new byte[1], b),
                    b -> rsa.verifySignature(KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PSS_SHA256, new byte[1], b),
                    b -> CommonCrypto.crypt(CCOperation.DECRYPT, CCAlgorithm.AES, Set.of(CCOption.PKCS7_PADDING), key, new byte[16], b),
                    b -> HMAC.verify(HashFunction.SHA256, b, new byte[0], key));
            List<byte[]> seeds = List.of(goodSig, goodEcies, goodPkcs1, p256.publicKey().derRepresentation(), p256.publicKey().x963Representation(),
                    AES.GCM.seal(new byte[3], key).combined());
            for (int t = 0; t < targets.size(); t++) {
                for (int i = 0; i < ROUNDS; i++) {
                    byte[] input = i % 2 == 0 ? random(r, LENGTHS[r.nextInt(LENGTHS.length)]) : mutate(r, seeds.get(r.nextInt(seeds.size())));
                    try {
                        targets.get(t).accept(input);
                    } catch (CryptoKitException expected) {
                        assertThat(expected.reason()).isNotNull();
                    } catch (RuntimeException e) {
                        escapes.add("target " + t + " len " + input.length + ": " + e);
                    }
                }
            }
        }
        assertThat(escapes).isEmpty();
    }

    private static byte[] random(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        if (n > 0 && r.nextBoolean()) {
            b[0] = (byte) (r.nextBoolean() ? 0x30 : 0x04);
        }
        return b;
    }

    private static byte[] mutate(Random r, byte[] seed) {
        byte[] b = seed.clone();
        switch (r.nextInt(4)) {
            case 0 -> b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
            case 1 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
            case 2 -> b = java.util.Arrays.copyOf(b, b.length + 1 + r.nextInt(3));
            default -> b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return b;
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
