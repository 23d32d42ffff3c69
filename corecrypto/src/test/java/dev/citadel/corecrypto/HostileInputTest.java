package dev.citadel.corecrypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.corecrypto.aead.SealedBox;
import dev.citadel.corecrypto.cipher.AesCbc;
import dev.citadel.corecrypto.cipher.AesCtr;
import dev.citadel.corecrypto.cipher.AesKeyWrap;
import dev.citadel.corecrypto.hazmat.InsecureNonceAead;
import dev.citadel.corecrypto.mac.MacAlgorithm;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Random garbage into every decrypt/verify entry point: the only acceptable failure is a
 * {@link CryptoException} (never an exception from deep inside a provider), and nothing random opens.
 */
class HostileInputTest {

    private static final SplittableRandom RANDOM = new SplittableRandom(0xC17ADE1L);

    private static byte[] garbage(int max) {
        byte[] b = new byte[RANDOM.nextInt(max + 1)];
        RANDOM.nextBytes(b);
        return b;
    }

    @Test
    @DisplayName("random inputs to open/decrypt/unwrap/verify fail only with CryptoException")
    void onlyTypedFailures() {
        for (int i = 0; i < 2000; i++) {
            SecretKeyMaterial key = SecretKeyMaterial.copyOf(garbage(40), SecretAccess.insecure());
            for (Aead a : Aead.values()) {
                expectRefused(() -> a.open(key, SealedBox.fromCombined(a, garbage(80)), garbage(8)));
                expectRefused(() -> InsecureNonceAead.open(a, key, garbage(30), garbage(40), garbage(8), RANDOM.nextInt(20)));
            }
            expectTyped(() -> AesCbc.decrypt(key, garbage(64)));
            expectTyped(() -> AesCtr.decrypt(key, garbage(64)));
            for (AesKeyWrap w : AesKeyWrap.values()) {
                expectRefused(() -> w.unwrap(key, garbage(64)));
            }
            for (MacAlgorithm m : MacAlgorithm.values()) {
                expectRefused(() -> m.verify(key, garbage(70), garbage(30)));
            }
        }
    }

    /** Unauthenticated modes: CTR decrypts anything, CBC accepts about 1 in 256 random ciphertexts. */
    private static void expectTyped(Runnable r) {
        try {
            r.run();
        } catch (CryptoException e) {
            assertThat(e.reason()).isNotEqualTo(CryptoException.Reason.INTERNAL_ERROR);
        }
    }

    /** Authenticated operations must refuse random input, with a typed reason. */
    private static void expectRefused(Runnable r) {
        try {
            r.run();
        } catch (CryptoException e) {
            assertThat(e.reason()).isNotEqualTo(CryptoException.Reason.INTERNAL_ERROR);
            return;
        }
        throw new AssertionError("random input was accepted");
    }
}
