package dev.citadel.cryptokit.keys;

import static dev.citadel.cryptokit.Reasons.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.SecretAccess;
import dev.citadel.cryptokit.SymmetricKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SecKeyTest {

    private static final byte[] DATA = "SecKey data".getBytes(StandardCharsets.UTF_8);

    private static final Map<KeyType, Set<KeyAlgorithm>> SIGNING = Map.of(
            KeyType.EC_P256, EnumSet.of(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA256, KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA384),
            KeyType.EC_P384, EnumSet.of(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA384),
            KeyType.EC_P521, EnumSet.of(KeyAlgorithm.ECDSA_SIGNATURE_MESSAGE_X962_SHA512),
            KeyType.RSA_2048, EnumSet.of(KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PSS_SHA256, KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA256,
                    KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PSS_SHA512, KeyAlgorithm.RSA_SIGNATURE_MESSAGE_PKCS1V15_SHA384),
            KeyType.ED25519, EnumSet.of(KeyAlgorithm.ED25519));

    @ParameterizedTest
    @EnumSource(value = KeyType.class, names = {"EC_P256", "EC_P384", "EC_P521", "RSA_2048", "ED25519"})
    void signAndVerifyWithEveryAlgorithm(KeyType type) {
        try (SecKey key = SecKeys.createRandomKey(type, true)) {
            SecKey pub = SecKeys.createPublicKey(type, key.copyPublicKey().copyExternalRepresentation());
            for (KeyAlgorithm a : SIGNING.get(type)) {
                byte[] sig = key.createSignature(a, DATA);
                assertThat(pub.verifySignature(a, DATA, sig).algorithm()).isEqualTo(a.name());
                assertReason(() -> pub.verifySignature(a, "tampered".getBytes(StandardCharsets.UTF_8), sig), Reason.INVALID_SIGNATURE);
            }
            assertReason(() -> pub.createSignature(SIGNING.get(type).iterator().next(), DATA), Reason.UNSUPPORTED_ALGORITHM);
            assertThat(pub.isAlgorithmSupported(KeyOperation.SIGN, SIGNING.get(type).iterator().next())).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = KeyType.class, names = {"EC_P256", "EC_P521", "RSA_2048", "ED25519", "X25519"})
    void externalRepresentationsRoundTripAndNonExtractableRefuses(KeyType type) {
        try (SecKey key = SecKeys.createRandomKey(type, true); SecKey locked = SecKeys.createRandomKey(type, false)) {
            byte[] external = key.copyExternalRepresentation();
            try (SecKey again = SecKeys.createPrivateKey(type, external, false, SecretAccess.insecure())) {
                assertThat(again.copyPublicKey().copyExternalRepresentation()).isEqualTo(key.copyPublicKey().copyExternalRepresentation());
                assertReason(again::copyExternalRepresentation, Reason.NOT_EXTRACTABLE);
            }
            assertReason(locked::copyExternalRepresentation, Reason.NOT_EXTRACTABLE);
            assertThat(locked.copyPublicKey().copyExternalRepresentation()).isNotEmpty();
            assertThat(locked.toString()).contains("not extractable", "redacted");
            byte[] pub = key.copyPublicKey().copyExternalRepresentation();
            if (type != KeyType.RSA_2048) {
                assertReason(() -> SecKeys.createPublicKey(type, Arrays.copyOf(pub, pub.length + 1)), Reason.TRAILING_BYTES);
            }
        }
    }

    @Test
    void ecExternalFormsAreApples() {
        try (SecKey key = SecKeys.createRandomKey(KeyType.EC_P256, true)) {
            byte[] priv = key.copyExternalRepresentation();
            assertThat(priv).hasSize(97);
            assertThat(priv[0]).isEqualTo((byte) 4);
            assertThat(Arrays.copyOf(priv, 65)).isEqualTo(key.copyPublicKey().copyExternalRepresentation());
            priv[96] ^= 1;
            assertReason(() -> SecKeys.createPrivateKey(KeyType.EC_P256, priv, true, SecretAccess.insecure()), Reason.INVALID_KEY);
            byte[] offCurve = key.copyPublicKey().copyExternalRepresentation();
            offCurve[64] ^= 1;
            assertReason(() -> SecKeys.createPublicKey(KeyType.EC_P256, offCurve), Reason.INVALID_POINT);
        }
    }

    @Test
    void rsaOaepAndPkcs1Forms() {
        try (SecKey key = SecKeys.createRandomKey(KeyType.RSA_2048, true)) {
            byte[] ct = key.copyPublicKey().createEncryptedData(KeyAlgorithm.RSA_ENCRYPTION_OAEP_SHA256, DATA);
            assertThat(key.createDecryptedData(KeyAlgorithm.RSA_ENCRYPTION_OAEP_SHA256, ct)).isEqualTo(DATA);
            ct[10] ^= 1;
            assertReason(() -> key.createDecryptedData(KeyAlgorithm.RSA_ENCRYPTION_OAEP_SHA256, ct), Reason.INVALID_CIPHERTEXT);
            byte[] pkcs1 = key.copyExternalRepresentation();
            assertThat(pkcs1[0]).isEqualTo((byte) 0x30);
            assertReason(() -> SecKeys.createPrivateKey(KeyType.RSA_3072, pkcs1, true, SecretAccess.insecure()), Reason.INVALID_KEY);
            assertReason(() -> SecKeys.createPublicKey(KeyType.RSA_2048, Arrays.copyOf(key.copyPublicKey().copyExternalRepresentation(), 300)),
                    Reason.TRAILING_BYTES);
        }
    }

    @ParameterizedTest
    @EnumSource(value = KeyType.class, names = {"EC_P256", "EC_P384", "EC_P521"})
    void eciesRoundTripsAndRejectsTampering(KeyType type) {
        try (SecKey key = SecKeys.createRandomKey(type, false)) {
            for (KeyAlgorithm a : EnumSet.of(KeyAlgorithm.ECIES_ENCRYPTION_STANDARD_VARIABLE_IV_X963_SHA256_AESGCM,
                    KeyAlgorithm.ECIES_ENCRYPTION_COFACTOR_VARIABLE_IV_X963_SHA256_AESGCM, KeyAlgorithm.ECIES_ENCRYPTION_STANDARD_X963_SHA256_AESGCM)) {
                byte[] ct = key.copyPublicKey().createEncryptedData(a, DATA);
                assertThat(key.createDecryptedData(a, ct)).isEqualTo(DATA);
                byte[] tampered = ct.clone();
                tampered[tampered.length - 1] ^= 1;
                assertReason(() -> key.createDecryptedData(a, tampered), Reason.AUTHENTICATION_FAILURE);
                assertReason(() -> key.createDecryptedData(a, Arrays.copyOf(ct, 20)), Reason.INVALID_CIPHERTEXT);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = KeyType.class, names = {"EC_P256", "EC_P384", "X25519"})
    void keyExchangeAgrees(KeyType type) {
        try (SecKey a = SecKeys.createRandomKey(type, false); SecKey b = SecKeys.createRandomKey(type, false)) {
            try (SymmetricKey ab = a.copyKeyExchangeResult(KeyAlgorithm.ECDH_KEY_EXCHANGE_STANDARD, b.copyPublicKey(), KeyExchangeParameters.none());
                    SymmetricKey ba = b.copyKeyExchangeResult(KeyAlgorithm.ECDH_KEY_EXCHANGE_COFACTOR, a.copyPublicKey(), KeyExchangeParameters.none())) {
                assertThat(ab).isEqualTo(ba);
            }
            KeyExchangeParameters p = KeyExchangeParameters.of(24, "info".getBytes(StandardCharsets.UTF_8));
            try (SymmetricKey ab = a.copyKeyExchangeResult(KeyAlgorithm.ECDH_KEY_EXCHANGE_STANDARD_X963_SHA256, b.copyPublicKey(), p);
                    SymmetricKey ba = b.copyKeyExchangeResult(KeyAlgorithm.ECDH_KEY_EXCHANGE_COFACTOR_X963_SHA256, a, p)) {
                assertThat(ab).isEqualTo(ba);
                assertThat(ab.bitCount()).isEqualTo(192);
            }
            assertReason(() -> a.copyKeyExchangeResult(KeyAlgorithm.ECDH_KEY_EXCHANGE_STANDARD_X963_SHA256, b, KeyExchangeParameters.none()),
                    Reason.INVALID_PARAMETER);
        }
        try (SecKey ec = SecKeys.createRandomKey(KeyType.EC_P256, true); SecKey other = SecKeys.createRandomKey(KeyType.EC_P384, true)) {
            assertReason(() -> ec.copyKeyExchangeResult(KeyAlgorithm.ECDH_KEY_EXCHANGE_STANDARD, other, KeyExchangeParameters.none()), Reason.INVALID_KEY);
        }
    }
}
