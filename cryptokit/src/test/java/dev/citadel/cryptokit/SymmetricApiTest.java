package dev.citadel.cryptokit;

import static dev.citadel.cryptokit.Reasons.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.cryptokit.CryptoKitException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SymmetricApiTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] MESSAGE = "attack at dawn".getBytes(StandardCharsets.UTF_8);
    private static final byte[] AAD = "header".getBytes(StandardCharsets.UTF_8);

    @Nested
    class Keys {
        @Test
        void redactedConstantTimeEqualsAndZeroisedOnClose() {
            byte[] raw = new byte[32];
            Arrays.fill(raw, (byte) 7);
            SymmetricKey a = SymmetricKey.fromBytes(raw, SecretAccess.insecure());
            SymmetricKey b = SymmetricKey.fromBytes(raw, SecretAccess.insecure());
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
            assertThat(a.toString()).isEqualTo("SymmetricKey[256 bits, redacted]").doesNotContain("07");
            a.close();
            assertThat(a).isNotEqualTo(b);
            assertReason(() -> a.reveal(SecretAccess.insecure()), Reason.KEY_DESTROYED);
            assertReason(() -> a.equalsSecret(b), Reason.KEY_DESTROYED);
            assertReason(() -> AES.GCM.seal(MESSAGE, a), Reason.KEY_DESTROYED);
        }

        @Test
        void sizesAreChecked() {
            assertThat(SymmetricKey.generate(192).bitCount()).isEqualTo(192);
            assertReason(() -> SymmetricKey.generate(100), Reason.INCORRECT_KEY_SIZE);
            assertReason(() -> SymmetricKey.fromBytes(new byte[0], SecretAccess.insecure()), Reason.INCORRECT_KEY_SIZE);
        }
    }

    @Nested
    class AesGcm {
        @Test
        void sealOpenCombined() {
            try (SymmetricKey key = SymmetricKey.generate(SymmetricKeySize.BITS_256)) {
                AES.GCM.SealedBox box = AES.GCM.seal(MESSAGE, key, AAD);
                assertThat(box.combined()).hasSize(12 + MESSAGE.length + 16);
                AES.GCM.SealedBox parsed = AES.GCM.SealedBox.fromCombined(box.combined());
                assertThat(AES.GCM.open(parsed, key, AAD)).isEqualTo(MESSAGE);
                assertThat(AES.GCM.open(AES.GCM.SealedBox.of(box.nonce(), box.ciphertext(), box.tag()), key, AAD)).isEqualTo(MESSAGE);
            }
        }

        @Test
        void badInputs() {
            try (SymmetricKey key = SymmetricKey.generate(SymmetricKeySize.BITS_128); SymmetricKey other = SymmetricKey.generate(128);
                    SymmetricKey odd = SymmetricKey.generate(160)) {
                byte[] wire = AES.GCM.seal(MESSAGE, key, AAD).combined();
                assertReason(() -> AES.GCM.SealedBox.fromCombined(Arrays.copyOf(wire, 27)), Reason.INVALID_CIPHERTEXT);
                byte[] badTag = wire.clone();
                badTag[badTag.length - 1] ^= 1;
                assertReason(() -> AES.GCM.open(AES.GCM.SealedBox.fromCombined(badTag), key, AAD), Reason.AUTHENTICATION_FAILURE);
                assertReason(() -> AES.GCM.open(AES.GCM.SealedBox.fromCombined(wire), other, AAD), Reason.AUTHENTICATION_FAILURE);
                assertReason(() -> AES.GCM.open(AES.GCM.SealedBox.fromCombined(wire), key, new byte[0]), Reason.AUTHENTICATION_FAILURE);
                assertReason(() -> AES.GCM.seal(MESSAGE, odd), Reason.INCORRECT_KEY_SIZE);
                assertReason(() -> AES.GCM.SealedBox.of(new byte[8], new byte[0], new byte[16]), Reason.INCORRECT_PARAMETER_SIZE);
                assertReason(() -> AES.GCM.SealedBox.of(new byte[12], new byte[0], new byte[15]), Reason.INCORRECT_PARAMETER_SIZE);
            }
        }

        @Test
        void sp80038dTestCase3KnownAnswerThroughADeterministicNonce() {
            // GCM spec (McGrew-Viega) test case 3: 128-bit key, 96-bit IV, 64-byte plaintext, no AAD.
            SymmetricKey key = SymmetricKey.fromBytes(HEX.parseHex("feffe9928665731c6d6a8f9467308308"), SecretAccess.insecure());
            byte[] iv = HEX.parseHex("cafebabefacedbaddecaf888");
            byte[] pt = HEX.parseHex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
            AES.GCM.SealedBox box = AES.GCM.seal(pt, key, new byte[0], new FixedRandom(iv));
            assertThat(HEX.formatHex(box.ciphertext())).isEqualTo(
                    "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985");
            assertThat(HEX.formatHex(box.tag())).isEqualTo("4d5c2af327cd64a62cf35abd2ba6fab4");
        }
    }

    @Nested
    class KeyWrapping {
        @Test
        void rfc3394Section41() {
            SymmetricKey kek = SymmetricKey.fromBytes(HEX.parseHex("000102030405060708090a0b0c0d0e0f"), SecretAccess.insecure());
            SymmetricKey key = SymmetricKey.fromBytes(HEX.parseHex("00112233445566778899aabbccddeeff"), SecretAccess.insecure());
            byte[] wrapped = AES.KeyWrap.wrap(key, kek);
            assertThat(HEX.formatHex(wrapped)).isEqualTo("1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5");
            assertThat(AES.KeyWrap.unwrap(wrapped, kek)).isEqualTo(key);
            wrapped[0] ^= 1;
            assertReason(() -> AES.KeyWrap.unwrap(wrapped, kek), Reason.AUTHENTICATION_FAILURE);
            assertReason(() -> AES.KeyWrap.unwrap(new byte[20], kek), Reason.INVALID_CIPHERTEXT);
        }
    }

    @Nested
    class ChaCha {
        @Test
        void sealOpenAndReasons() {
            try (SymmetricKey key = SymmetricKey.generate(SymmetricKeySize.BITS_256); SymmetricKey small = SymmetricKey.generate(128)) {
                ChaChaPoly.SealedBox box = ChaChaPoly.seal(MESSAGE, key, AAD);
                assertThat(ChaChaPoly.open(ChaChaPoly.SealedBox.fromCombined(box.combined()), key, AAD)).isEqualTo(MESSAGE);
                assertReason(() -> ChaChaPoly.open(box, key), Reason.AUTHENTICATION_FAILURE);
                assertReason(() -> ChaChaPoly.seal(MESSAGE, small), Reason.INCORRECT_KEY_SIZE);
                assertReason(() -> ChaChaPoly.SealedBox.fromCombined(new byte[20]), Reason.INVALID_CIPHERTEXT);
            }
        }
    }

    @Nested
    class HashesMacsKdfs {
        @Test
        void digests() {
            assertThat(HEX.formatHex(SHA256.hash("abc".getBytes(StandardCharsets.US_ASCII)).bytes()))
                    .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
            assertThat(HEX.formatHex(SHA3_256.hash("abc".getBytes(StandardCharsets.US_ASCII)).bytes()))
                    .isEqualTo("3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532");
            assertThat(SHA384.hash(MESSAGE).bytes()).hasSize(48);
            assertThat(SHA512.hash(MESSAGE)).isEqualTo(HashFunction.SHA512.hash(MESSAGE));
        }

        @Test
        void hmacRfc4231Case2AndVerify() {
            SymmetricKey key = SymmetricKey.fromBytes("Jefe".getBytes(StandardCharsets.US_ASCII), SecretAccess.insecure());
            byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
            MessageAuthenticationCode tag = HMAC.authenticationCode(HashFunction.SHA256, data, key);
            assertThat(HEX.formatHex(tag.bytes())).isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
            assertThat(HMAC.verify(tag, data, key).function()).isEqualTo(HashFunction.SHA256);
            byte[] bad = tag.bytes();
            bad[0] ^= 1;
            assertReason(() -> HMAC.verify(HashFunction.SHA256, bad, data, key), Reason.AUTHENTICATION_FAILURE);
            assertReason(() -> HMAC.verify(HashFunction.SHA256, Arrays.copyOf(tag.bytes(), 16), data, key), Reason.AUTHENTICATION_FAILURE);
        }

        @Test
        void hkdfRfc5869Case1() {
            SymmetricKey ikm = SymmetricKey.fromBytes(HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), SecretAccess.insecure());
            SymmetricKey okm = HKDF.deriveKey(HashFunction.SHA256, ikm, HEX.parseHex("000102030405060708090a0b0c"),
                    HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42);
            assertThat(HEX.formatHex(okm.reveal(SecretAccess.insecure())))
                    .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
            assertReason(() -> HKDF.deriveKey(HashFunction.SHA256, ikm, new byte[0], new byte[0], 255 * 32 + 1), Reason.INCORRECT_PARAMETER_SIZE);
        }
    }
}
