package dev.citadel.corecrypto.cipher;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.jca.JcaAes;
import dev.citadel.corecrypto.internal.secret.KeyBytes;
import java.util.Arrays;

/**
 * AES-CTR (SP 800-38A §6.5) with a random 16-byte initial counter block; output
 * {@code counterBlock || ciphertext}.
 *
 * <h2>Security guarantees</h2>
 * IND-CPA confidentiality only.
 *
 * <h2>Does not</h2>
 * WARNING: authenticate. Flipping a ciphertext bit flips the same plaintext bit. Use
 * {@link dev.citadel.corecrypto.aead.Aead} unless a format demands raw CTR.
 */
public final class AesCtr {

    public static final int IV_LENGTH = 16;

    private AesCtr() {}

    public static byte[] encrypt(SecretKeyMaterial key, byte[] plaintext) {
        return encrypt(key, plaintext, RandomSource.system());
    }

    public static byte[] encrypt(SecretKeyMaterial key, byte[] plaintext, RandomSource random) {
        SelfTest.requireOperational();
        byte[] iv = random.bytes(IV_LENGTH);
        byte[] ct = JcaAes.ctr(KeyBytes.borrow(key), iv, plaintext);
        byte[] out = Arrays.copyOf(iv, IV_LENGTH + ct.length);
        System.arraycopy(ct, 0, out, IV_LENGTH, ct.length);
        return out;
    }

    public static byte[] decrypt(SecretKeyMaterial key, byte[] ivAndCiphertext) {
        SelfTest.requireOperational();
        if (ivAndCiphertext.length < IV_LENGTH) {
            throw new InvalidInputException(Reason.INVALID_CIPHERTEXT, "shorter than the counter block");
        }
        return JcaAes.ctr(KeyBytes.borrow(key), Arrays.copyOf(ivAndCiphertext, IV_LENGTH),
                Arrays.copyOfRange(ivAndCiphertext, IV_LENGTH, ivAndCiphertext.length));
    }
}
