package dev.citadel.corecrypto.cipher;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.jca.JcaAes;
import dev.citadel.corecrypto.internal.padding.Pkcs7;
import dev.citadel.corecrypto.internal.secret.KeyBytes;
import java.util.Arrays;

/**
 * AES-CBC with PKCS#7 padding (SP 800-38A §6.2, RFC 5652 §6.3), for interoperating with formats that
 * require it. The output is {@code IV || ciphertext} with a fresh random IV.
 *
 * <h2>Security guarantees</h2>
 * IND-CPA confidentiality only.
 *
 * <h2>Does not</h2>
 * WARNING: authenticate. Anyone who can submit ciphertexts and observe {@code INVALID_PADDING} versus
 * other outcomes has a padding oracle that decrypts everything. Encrypt-then-MAC it, or use
 * {@link dev.citadel.corecrypto.aead.Aead}.
 */
public final class AesCbc {

    public static final int IV_LENGTH = 16;

    private AesCbc() {}

    public static byte[] encrypt(SecretKeyMaterial key, byte[] plaintext) {
        return encrypt(key, plaintext, RandomSource.system());
    }

    public static byte[] encrypt(SecretKeyMaterial key, byte[] plaintext, RandomSource random) {
        SelfTest.requireOperational();
        byte[] iv = random.bytes(IV_LENGTH);
        byte[] ct = JcaAes.cbc(KeyBytes.borrow(key), true, iv, Pkcs7.pad(plaintext));
        byte[] out = Arrays.copyOf(iv, IV_LENGTH + ct.length);
        System.arraycopy(ct, 0, out, IV_LENGTH, ct.length);
        return out;
    }

    /** Decrypts {@code IV || ciphertext}; {@code INVALID_CIPHERTEXT} for a bad length, {@code INVALID_PADDING}. */
    public static byte[] decrypt(SecretKeyMaterial key, byte[] ivAndCiphertext) {
        SelfTest.requireOperational();
        if (ivAndCiphertext.length < 2 * IV_LENGTH || ivAndCiphertext.length % 16 != 0) {
            throw new InvalidInputException(Reason.INVALID_CIPHERTEXT, "need IV and a non-empty multiple of 16 bytes");
        }
        byte[] padded = JcaAes.cbc(KeyBytes.borrow(key), false, Arrays.copyOf(ivAndCiphertext, IV_LENGTH),
                Arrays.copyOfRange(ivAndCiphertext, IV_LENGTH, ivAndCiphertext.length));
        try {
            return Pkcs7.unpad(padded);
        } finally {
            Arrays.fill(padded, (byte) 0);
        }
    }
}
