package dev.citadel.corecrypto.kdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.internal.engine.Engines;
import dev.citadel.corecrypto.internal.kdf.HmacHkdf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HkdfTest {

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void enginesAgreeOnEmptyInputs(HashAlgorithm hash) {
        HmacHkdf reference = new HmacHkdf(Engines.hmac(hash));
        SecretKeyMaterial empty = SecretKeyMaterial.copyOf(new byte[0], SecretAccess.insecure());
        byte[] okm = Hkdf.derive(hash, empty, new byte[0], new byte[0], 2 * hash.outputLength() + 3).reveal(SecretAccess.insecure());
        assertThat(okm).isEqualTo(reference.derive(new byte[0], new byte[0], new byte[0], okm.length));
        byte[] prk = Hkdf.extract(hash, new byte[0], empty).reveal(SecretAccess.insecure());
        assertThat(prk).hasSize(hash.outputLength()).isEqualTo(reference.extract(new byte[0], new byte[0]));
    }

    @ParameterizedTest
    @EnumSource(HashAlgorithm.class)
    void lengthsOutsideTheRfcAreTyped(HashAlgorithm hash) {
        SecretKeyMaterial ikm = SecretKeyMaterial.generate(32);
        assertThat(Hkdf.derive(hash, ikm, new byte[0], new byte[0], Hkdf.maxOutputLength(hash)).size()).isEqualTo(255 * hash.outputLength());
        assertReason(() -> Hkdf.derive(hash, ikm, new byte[0], new byte[0], Hkdf.maxOutputLength(hash) + 1), Reason.INVALID_OUTPUT_LENGTH);
        assertReason(() -> Hkdf.derive(hash, ikm, new byte[0], new byte[0], 0), Reason.INVALID_OUTPUT_LENGTH);
        assertReason(() -> Hkdf.expand(hash, SecretKeyMaterial.generate(hash.outputLength() - 1), new byte[0], 16), Reason.INVALID_KEY_SIZE);
    }

    private static void assertReason(Runnable r, Reason reason) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
