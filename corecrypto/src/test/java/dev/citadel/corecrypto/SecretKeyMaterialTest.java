package dev.citadel.corecrypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretKeyMaterialTest {

    private static final byte[] RAW = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

    @Test
    void toStringIsRedacted() {
        SecretKeyMaterial key = SecretKeyMaterial.copyOf(RAW, SecretAccess.insecure());
        assertThat(key.toString()).isEqualTo("SecretKeyMaterial[16 bytes, redacted]").doesNotContain("0102");
    }

    @Test
    void equalityComparesContentAndHashDependsOnLengthOnly() {
        SecretKeyMaterial a = SecretKeyMaterial.copyOf(RAW, SecretAccess.insecure());
        SecretKeyMaterial b = SecretKeyMaterial.copyOf(RAW.clone(), SecretAccess.insecure());
        byte[] other = RAW.clone();
        other[15] ^= 1;
        SecretKeyMaterial c = SecretKeyMaterial.copyOf(other, SecretAccess.insecure());
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
        assertThat(a.equalsSecret(c)).isFalse();
        assertThat(a.hashCode()).isEqualTo(c.hashCode()).isEqualTo(Integer.hashCode(16));
    }

    @Test
    void copyOfAndRevealCopy() {
        byte[] raw = RAW.clone();
        SecretKeyMaterial key = SecretKeyMaterial.copyOf(raw, SecretAccess.insecure());
        raw[0] = 99;
        byte[] revealed = key.reveal(SecretAccess.insecure());
        assertThat(revealed).isEqualTo(RAW);
        revealed[0] = 99;
        assertThat(key.reveal(SecretAccess.insecure())).isEqualTo(RAW);
    }

    @Test
    void accessTokenIsRequired() {
        assertThatThrownBy(() -> SecretKeyMaterial.copyOf(RAW, null)).isInstanceOf(IllegalArgumentException.class);
        SecretKeyMaterial key = SecretKeyMaterial.generate(32);
        assertThatThrownBy(() -> key.reveal(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closeZeroisesAndLaterUseIsRefused() {
        SecretKeyMaterial key = SecretKeyMaterial.copyOf(RAW, SecretAccess.insecure());
        key.close();
        assertThat(key.isDestroyed()).isTrue();
        assertThatThrownBy(() -> key.reveal(SecretAccess.insecure()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.reason()).isEqualTo(CryptoException.Reason.KEY_DESTROYED));
        assertThatThrownBy(() -> dev.citadel.corecrypto.aead.Aead.AES_GCM.seal(key, new byte[1], new byte[0]))
                .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(CryptoException.Reason.KEY_DESTROYED));
        key.close(); // idempotent
    }

    @Test
    void generatedKeysDiffer() {
        assertThat(SecretKeyMaterial.generate(32)).isNotEqualTo(SecretKeyMaterial.generate(32));
        assertThatThrownBy(() -> SecretKeyMaterial.generate(0)).isInstanceOf(InvalidInputException.class);
    }
}
