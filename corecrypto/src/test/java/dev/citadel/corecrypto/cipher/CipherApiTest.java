package dev.citadel.corecrypto.cipher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretKeyMaterial;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CipherApiTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 15, 16, 17, 100})
    void cbcAndCtrRoundTrip(int length) {
        SecretKeyMaterial key = SecretKeyMaterial.generate(32);
        byte[] pt = new byte[length];
        Arrays.fill(pt, (byte) 7);
        assertThat(AesCbc.decrypt(key, AesCbc.encrypt(key, pt))).isEqualTo(pt);
        assertThat(AesCtr.decrypt(key, AesCtr.encrypt(key, pt))).isEqualTo(pt);
        assertThat(AesCbc.encrypt(key, pt)).isNotEqualTo(AesCbc.encrypt(key, pt)); // fresh IVs
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 15, 16, 17})
    void ecbWithPaddingRoundTripsAndRefusesBadPadding(int length) {
        SecretKeyMaterial key = SecretKeyMaterial.generate(24);
        byte[] pt = new byte[length];
        byte[] ct = dev.citadel.corecrypto.hazmat.InsecureIvCipher.ecbPkcs7Encrypt(key, pt);
        assertThat(ct).hasSize((length / 16 + 1) * 16);
        assertThat(dev.citadel.corecrypto.hazmat.InsecureIvCipher.ecbPkcs7Decrypt(key, ct)).isEqualTo(pt);
        byte[] unpadded = dev.citadel.corecrypto.hazmat.InsecureIvCipher.ecbEncrypt(key, new byte[16]); // last byte 0: invalid
        assertThatThrownBy(() -> dev.citadel.corecrypto.hazmat.InsecureIvCipher.ecbPkcs7Decrypt(key, unpadded))
                .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_PADDING));
    }

    @Test
    void malformedCbcInputIsTyped() {
        SecretKeyMaterial key = SecretKeyMaterial.generate(16);
        byte[] ct = AesCbc.encrypt(key, new byte[5]);
        assertThatThrownBy(() -> AesCbc.decrypt(key, Arrays.copyOf(ct, ct.length - 1)))
                .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CIPHERTEXT));
        assertThatThrownBy(() -> AesCbc.decrypt(key, Arrays.copyOf(ct, 16)))
                .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CIPHERTEXT));
        assertThatThrownBy(() -> AesCbc.encrypt(SecretKeyMaterial.generate(17), new byte[1]))
                .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_KEY_SIZE));
    }

    @Test
    void keyWrapRoundTripAndTamper() {
        SecretKeyMaterial kek = SecretKeyMaterial.generate(32);
        SecretKeyMaterial key = SecretKeyMaterial.generate(32);
        for (AesKeyWrap mode : AesKeyWrap.values()) {
            byte[] wrapped = mode.wrap(kek, key);
            assertThat(mode.unwrap(kek, wrapped)).isEqualTo(key);
            wrapped[3] ^= 1;
            assertThatThrownBy(() -> mode.unwrap(kek, wrapped)).isInstanceOf(AuthenticationFailedException.class);
            assertThatThrownBy(() -> mode.unwrap(kek, Arrays.copyOf(wrapped, 12)))
                    .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CIPHERTEXT));
        }
        assertThat(AesKeyWrap.KWP.unwrap(kek, AesKeyWrap.KWP.wrap(kek, SecretKeyMaterial.generate(5))).size()).isEqualTo(5);
        assertThatThrownBy(() -> AesKeyWrap.KW.wrap(kek, SecretKeyMaterial.generate(20)))
                .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT));
    }
}
