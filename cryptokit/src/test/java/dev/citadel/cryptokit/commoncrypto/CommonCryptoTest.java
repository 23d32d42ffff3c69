package dev.citadel.cryptokit.commoncrypto;

import static dev.citadel.cryptokit.Reasons.assertReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.HMAC;
import dev.citadel.cryptokit.HashFunction;
import dev.citadel.cryptokit.SecretAccess;
import dev.citadel.cryptokit.SymmetricKey;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommonCryptoTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final SymmetricKey KEY = SymmetricKey.fromBytes(HEX.parseHex("2b7e151628aed2a6abf7158809cf4f3c"), SecretAccess.insecure());
    private static final byte[] PT = HEX.parseHex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
            + "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");

    @Test
    @DisplayName("SP 800-38A F.1.1, F.2.1, F.5.1 (AES-128 ECB, CBC, CTR), streamed in uneven chunks")
    void sp80038aVectors() {
        assertThat(HEX.formatHex(stream(Cryptor.create(CCOperation.ENCRYPT, CCMode.ECB, CCAlgorithm.AES, false, KEY, null), PT, 7))).isEqualTo(
                "3ad77bb40d7a3660a89ecaf32466ef97f5d3d58503b9699de785895a96fdbaaf43b1cd7f598ece23881b00e3ed0306887b0c785e27e8ad3f8223207104725dd4");
        byte[] iv = HEX.parseHex("000102030405060708090a0b0c0d0e0f");
        String cbc = "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b273bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7";
        assertThat(HEX.formatHex(stream(Cryptor.create(CCOperation.ENCRYPT, CCMode.CBC, CCAlgorithm.AES, false, KEY, iv), PT, 5))).isEqualTo(cbc);
        assertThat(stream(Cryptor.create(CCOperation.DECRYPT, CCMode.CBC, CCAlgorithm.AES, false, KEY, iv), HEX.parseHex(cbc), 17)).isEqualTo(PT);
        byte[] ctr = HEX.parseHex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
        String ctrCt = "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee";
        assertThat(HEX.formatHex(stream(Cryptor.create(CCOperation.ENCRYPT, CCMode.CTR, CCAlgorithm.AES, false, KEY, ctr), PT, 16))).isEqualTo(ctrCt);
        assertThat(stream(Cryptor.create(CCOperation.DECRYPT, CCMode.CTR, CCAlgorithm.AES, false, KEY, ctr), HEX.parseHex(ctrCt), 3)).isEqualTo(PT);
    }

    @ParameterizedTest
    @EnumSource(value = CCMode.class, names = {"ECB", "CBC"})
    void paddedStreamingEqualsOneShot(CCMode mode) {
        Random r = new Random(1);
        byte[] iv = mode == CCMode.ECB ? null : new byte[16];
        Set<CCOption> options = mode == CCMode.ECB ? EnumSet.of(CCOption.PKCS7_PADDING, CCOption.ECB_MODE) : EnumSet.of(CCOption.PKCS7_PADDING);
        for (int len : new int[] {0, 1, 15, 16, 17, 100}) {
            byte[] data = new byte[len];
            r.nextBytes(data);
            byte[] oneShot = CommonCrypto.crypt(CCOperation.ENCRYPT, CCAlgorithm.AES, options, KEY, iv, data);
            assertThat(oneShot.length).isEqualTo((len / 16 + 1) * 16);
            assertThat(stream(Cryptor.create(CCOperation.ENCRYPT, mode, CCAlgorithm.AES, true, KEY, iv), data, 3)).isEqualTo(oneShot);
            assertThat(stream(Cryptor.create(CCOperation.DECRYPT, mode, CCAlgorithm.AES, true, KEY, iv), oneShot, 5)).isEqualTo(data);
            assertThat(CommonCrypto.crypt(CCOperation.DECRYPT, CCAlgorithm.AES, options, KEY, iv, oneShot)).isEqualTo(data);
        }
    }

    @Test
    void failuresCarryReasonsAndCCCryptorStatus() {
        byte[] iv = new byte[16];
        Set<CCOption> pad = EnumSet.of(CCOption.PKCS7_PADDING);
        byte[] ct = CommonCrypto.crypt(CCOperation.ENCRYPT, CCAlgorithm.AES, pad, KEY, iv, "hello".getBytes(StandardCharsets.UTF_8));
        ct[15] ^= 0x7f;
        CryptoKitException e = catchThrowableOfType(CryptoKitException.class,
                () -> CommonCrypto.crypt(CCOperation.DECRYPT, CCAlgorithm.AES, pad, KEY, iv, ct));
        assertThat(e.reason()).isEqualTo(Reason.INVALID_PADDING);
        assertThat(CCCryptorStatus.of(e)).isEqualTo(CCCryptorStatus.DECODE_ERROR);
        assertThat(CCCryptorStatus.of(e).value()).isEqualTo(-4304);

        assertReason(() -> CommonCrypto.crypt(CCOperation.ENCRYPT, CCAlgorithm.AES, Set.of(), KEY, iv, new byte[17]), Reason.BLOCK_ALIGNMENT);
        assertReason(() -> CommonCrypto.crypt(CCOperation.DECRYPT, CCAlgorithm.AES, pad, KEY, iv, new byte[15]), Reason.BLOCK_ALIGNMENT);
        assertReason(() -> CommonCrypto.crypt(CCOperation.ENCRYPT, CCAlgorithm.AES, pad, KEY, null, new byte[1]), Reason.INCORRECT_PARAMETER_SIZE);
        assertReason(() -> CommonCrypto.crypt(CCOperation.ENCRYPT, CCAlgorithm.AES, pad, SymmetricKey.generate(136), iv, new byte[1]),
                Reason.INCORRECT_KEY_SIZE);
        assertReason(() -> Cryptor.create(CCOperation.ENCRYPT, CCMode.CTR, CCAlgorithm.AES, true, KEY, iv), Reason.INVALID_PARAMETER);
        Cryptor c = Cryptor.create(CCOperation.ENCRYPT, CCMode.CTR, CCAlgorithm.AES, false, KEY, iv);
        c.doFinal();
        assertReason(() -> c.update(new byte[1]), Reason.CALL_SEQUENCE);
    }

    @Test
    void ctrCounterCarriesAcrossBytes() {
        byte[] iv = HEX.parseHex("000000000000000000000000000000ff");
        byte[] data = new byte[48];
        byte[] whole = CommonCryptoTest.stream(Cryptor.create(CCOperation.ENCRYPT, CCMode.CTR, CCAlgorithm.AES, false, KEY, iv), data, 48);
        byte[] pieces = CommonCryptoTest.stream(Cryptor.create(CCOperation.ENCRYPT, CCMode.CTR, CCAlgorithm.AES, false, KEY, iv), data, 16);
        assertThat(pieces).isEqualTo(whole);
    }

    @Test
    void hmacContextAndPbkdf2() {
        SymmetricKey key = SymmetricKey.fromBytes("Jefe".getBytes(StandardCharsets.US_ASCII), SecretAccess.insecure());
        byte[] tag = Hmac.init(HashFunction.SHA256, key).update("what do ya want ".getBytes(StandardCharsets.US_ASCII))
                .update("for nothing?".getBytes(StandardCharsets.US_ASCII)).doFinal().bytes();
        assertThat(HEX.formatHex(tag)).isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        Hmac h = Hmac.init(HashFunction.SHA256, key).update(new byte[3]);
        byte[] wrong = Arrays.copyOf(tag, 32);
        assertReason(() -> h.verify(wrong), Reason.AUTHENTICATION_FAILURE);
        assertReason(() -> h.update(new byte[1]), Reason.CALL_SEQUENCE);
        assertThat(Hmac.init(HashFunction.SHA512, key).update(new byte[3]).verify(HMAC.authenticationCode(HashFunction.SHA512, new byte[3], key).bytes()))
                .isNotNull();

        SymmetricKey dk = PBKDF2.derive("password".getBytes(StandardCharsets.US_ASCII), "salt".getBytes(StandardCharsets.US_ASCII), HashFunction.SHA256, 2, 32);
        assertThat(HEX.formatHex(dk.reveal(SecretAccess.insecure()))).isEqualTo("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
        assertReason(() -> PBKDF2.derive(new byte[1], new byte[16], HashFunction.SHA256, 0, 32), Reason.INVALID_PARAMETER);
        assertReason(() -> PBKDF2.derive(new byte[1], new byte[16], HashFunction.SHA256, Integer.MAX_VALUE, 32), Reason.LIMIT_EXCEEDED);
    }

    static byte[] stream(Cryptor c, byte[] data, int chunk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < data.length; i += chunk) {
            out.writeBytes(c.update(Arrays.copyOfRange(data, i, Math.min(data.length, i + chunk))));
        }
        out.writeBytes(c.doFinal());
        return out.toByteArray();
    }
}
