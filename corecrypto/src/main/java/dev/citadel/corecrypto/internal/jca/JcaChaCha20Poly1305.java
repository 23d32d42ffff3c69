package dev.citadel.corecrypto.internal.jca;

import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.ModuleErrorException;
import dev.citadel.corecrypto.internal.engine.AeadEngine;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/** The JDK (SunJCE, vectorised intrinsics) engine for ChaCha20-Poly1305 (RFC 8439). */
public final class JcaChaCha20Poly1305 implements AeadEngine {

    public static final JcaChaCha20Poly1305 INSTANCE = new JcaChaCha20Poly1305();
    public static final int KEY = 32;
    public static final int NONCE = 12;
    public static final int TAG = 16;

    private JcaChaCha20Poly1305() {}

    @Override
    public byte[] seal(byte[] key, byte[] nonce, byte[] plaintext, byte[] aad, int tagLength) {
        check(key, nonce, tagLength);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, key, nonce);
            c.updateAAD(aad);
            return c.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw ModuleErrorException.bug("ChaCha20-Poly1305 encryption failed", e);
        }
    }

    @Override
    public byte[] open(byte[] key, byte[] nonce, byte[] ciphertextAndTag, byte[] aad, int tagLength) {
        check(key, nonce, tagLength);
        if (ciphertextAndTag.length < TAG) {
            throw new InvalidInputException(Reason.INVALID_CIPHERTEXT, "ciphertext shorter than the tag");
        }
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, key, nonce);
            c.updateAAD(aad);
            return c.doFinal(ciphertextAndTag);
        } catch (AEADBadTagException e) {
            throw new AuthenticationFailedException();
        } catch (GeneralSecurityException e) {
            throw ModuleErrorException.bug("ChaCha20-Poly1305 decryption failed", e);
        }
    }

    private static void check(byte[] key, byte[] nonce, int tagLength) {
        if (key.length != KEY) {
            throw new InvalidInputException(Reason.INVALID_KEY_SIZE, "ChaCha20 key must be 32 bytes");
        }
        if (nonce.length != NONCE) {
            throw new InvalidInputException(Reason.INVALID_NONCE, "ChaCha20-Poly1305 nonce must be 12 bytes");
        }
        if (tagLength != TAG) {
            throw new InvalidInputException(Reason.INVALID_TAG_SIZE, "Poly1305 tag is 16 bytes");
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("ChaCha20-Poly1305", "SunJCE");
        c.init(mode, new SecretKeySpec(key, "ChaCha20"), new IvParameterSpec(nonce));
        return c;
    }
}
