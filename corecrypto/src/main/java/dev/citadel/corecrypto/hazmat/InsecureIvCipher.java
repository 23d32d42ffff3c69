package dev.citadel.corecrypto.hazmat;

import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.jca.JcaAes;
import dev.citadel.corecrypto.internal.padding.Pkcs7;
import dev.citadel.corecrypto.internal.secret.KeyBytes;

/**
 * Raw AES modes with a caller-chosen IV and ECB (SP 800-38A), for formats and test vectors that fix them.
 *
 * <p>WARNING: unauthenticated. A predictable CBC IV enables chosen-plaintext attacks; a repeated CTR
 * counter block reveals plaintext XORs; ECB leaks equal blocks. Prefer
 * {@link dev.citadel.corecrypto.aead.Aead}, then {@link dev.citadel.corecrypto.cipher.AesCbc}.
 */
public final class InsecureIvCipher {

    private InsecureIvCipher() {}

    /** Block-aligned CBC without padding. */
    public static byte[] cbcEncrypt(SecretKeyMaterial key, byte[] iv, byte[] blocks) {
        SelfTest.requireOperational();
        return JcaAes.cbc(KeyBytes.borrow(key), true, iv, blocks);
    }

    public static byte[] cbcDecrypt(SecretKeyMaterial key, byte[] iv, byte[] blocks) {
        SelfTest.requireOperational();
        return JcaAes.cbc(KeyBytes.borrow(key), false, iv, blocks);
    }

    /** CBC with PKCS#7 padding. */
    public static byte[] cbcPkcs7Encrypt(SecretKeyMaterial key, byte[] iv, byte[] plaintext) {
        return cbcEncrypt(key, iv, Pkcs7.pad(plaintext));
    }

    /** CBC with PKCS#7 padding: {@code INVALID_CIPHERTEXT} or {@code INVALID_PADDING} on malformed input. */
    public static byte[] cbcPkcs7Decrypt(SecretKeyMaterial key, byte[] iv, byte[] ciphertext) {
        SelfTest.requireOperational();
        byte[] k = KeyBytes.borrow(key);
        JcaAes.checkKey(k);
        if (ciphertext.length == 0 || ciphertext.length % 16 != 0) {
            return Pkcs7.unpad(ciphertext); // throws INVALID_CIPHERTEXT
        }
        return Pkcs7.unpad(JcaAes.cbc(k, false, iv, ciphertext));
    }

    /** CTR from {@code counterBlock}, incremented as a 128-bit big-endian integer; encrypts and decrypts. */
    public static byte[] ctr(SecretKeyMaterial key, byte[] counterBlock, byte[] data) {
        SelfTest.requireOperational();
        return JcaAes.ctr(KeyBytes.borrow(key), counterBlock, data);
    }

    /** ECB over whole blocks, no padding. */
    public static byte[] ecbEncrypt(SecretKeyMaterial key, byte[] blocks) {
        SelfTest.requireOperational();
        return JcaAes.ecb(KeyBytes.borrow(key), true, blocks);
    }

    public static byte[] ecbDecrypt(SecretKeyMaterial key, byte[] blocks) {
        SelfTest.requireOperational();
        return JcaAes.ecb(KeyBytes.borrow(key), false, blocks);
    }

    /** ECB with PKCS#7 padding. */
    public static byte[] ecbPkcs7Encrypt(SecretKeyMaterial key, byte[] plaintext) {
        return ecbEncrypt(key, Pkcs7.pad(plaintext));
    }

    /** ECB with PKCS#7 padding: {@code INVALID_CIPHERTEXT} or {@code INVALID_PADDING} on malformed input. */
    public static byte[] ecbPkcs7Decrypt(SecretKeyMaterial key, byte[] ciphertext) {
        SelfTest.requireOperational();
        byte[] k = KeyBytes.borrow(key);
        JcaAes.checkKey(k);
        if (ciphertext.length == 0 || ciphertext.length % 16 != 0) {
            return Pkcs7.unpad(ciphertext); // throws INVALID_CIPHERTEXT
        }
        return Pkcs7.unpad(JcaAes.ecb(k, false, ciphertext));
    }
}
