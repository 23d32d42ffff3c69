package dev.citadel.corecrypto.aead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SecretKeyMaterial;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AeadTest {

    private static final byte[] PLAINTEXT = "attack at dawn, bring snacks".getBytes(StandardCharsets.UTF_8);
    private static final byte[] AAD = "header".getBytes(StandardCharsets.UTF_8);

    private static SecretKeyMaterial key(Aead a) {
        return SecretKeyMaterial.generate(a.keyLengths().stream().max(Integer::compare).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Aead.class)
    void sealThenOpenThroughTheCombinedForm(Aead a) {
        SecretKeyMaterial key = key(a);
        SealedBox box = a.seal(key, PLAINTEXT, AAD);
        byte[] wire = box.combined();
        assertThat(wire).hasSize(a.nonceLength() + PLAINTEXT.length + a.tagLength());
        assertThat(a.open(key, SealedBox.fromCombined(a, wire), AAD)).isEqualTo(PLAINTEXT);
        assertThat(box.nonce()).hasSize(a.nonceLength());
        assertThat(box.ciphertext()).hasSize(PLAINTEXT.length);
        assertThat(box.tag()).hasSize(16);
    }

    @ParameterizedTest
    @EnumSource(Aead.class)
    void theLibraryDrawsAFreshNonceEachTime(Aead a) {
        SecretKeyMaterial key = key(a);
        assertThat(a.seal(key, PLAINTEXT, AAD).nonce()).isNotEqualTo(a.seal(key, PLAINTEXT, AAD).nonce());
    }

    @ParameterizedTest
    @EnumSource(Aead.class)
    void anInjectedRandomSourceMakesSealingDeterministic(Aead a) {
        SecretKeyMaterial key = key(a);
        RandomSource zeros = out -> java.util.Arrays.fill(out, (byte) 0);
        assertThat(a.seal(key, PLAINTEXT, AAD, zeros).combined()).isEqualTo(a.seal(key, PLAINTEXT, AAD, zeros).combined());
    }

    @ParameterizedTest
    @EnumSource(Aead.class)
    void everyFlippedBitIsRefusedWithoutReleasingPlaintext(Aead a) {
        SecretKeyMaterial key = key(a);
        byte[] wire = a.seal(key, PLAINTEXT, AAD).combined();
        for (int i = 0; i < wire.length; i++) {
            byte[] tampered = wire.clone();
            tampered[i] ^= 0x01;
            SealedBox box = SealedBox.fromCombined(a, tampered);
            assertThatThrownBy(() -> a.open(key, box, AAD)).as("byte %d", i).isInstanceOf(AuthenticationFailedException.class);
        }
        assertThatThrownBy(() -> a.open(key, SealedBox.fromCombined(a, wire), "other".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> a.open(key(a), SealedBox.fromCombined(a, wire), AAD)).isInstanceOf(AuthenticationFailedException.class);
    }

    @ParameterizedTest
    @EnumSource(Aead.class)
    void truncatedBoxesAreMalformed(Aead a) {
        byte[] wire = a.seal(key(a), new byte[0], AAD).combined();
        assertThatThrownBy(() -> SealedBox.fromCombined(a, java.util.Arrays.copyOf(wire, wire.length - 1)))
                .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CIPHERTEXT));
    }

    @ParameterizedTest
    @EnumSource(Aead.class)
    void wrongKeySizeIsTyped(Aead a) {
        assertThatThrownBy(() -> a.seal(SecretKeyMaterial.generate(20), PLAINTEXT, AAD))
                .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_KEY_SIZE));
    }

    @ParameterizedTest
    @EnumSource(Aead.class)
    void aBoxOfAnotherAlgorithmIsRefused(Aead a) {
        Aead other = a == Aead.XCHACHA20_POLY1305 ? Aead.CHACHA20_POLY1305 : Aead.XCHACHA20_POLY1305;
        SealedBox box = other.seal(key(other), PLAINTEXT, AAD);
        assertThatThrownBy(() -> a.open(key(a), box, AAD))
                .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT));
    }
}
