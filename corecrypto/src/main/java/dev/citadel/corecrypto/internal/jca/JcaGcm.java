package dev.citadel.corecrypto.internal.jca;

import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.ModuleErrorException;
import dev.citadel.corecrypto.internal.engine.AeadEngine;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The JDK engine for AES-GCM (SP 800-38D): AES-NI and CLMUL intrinsics. Accepts any non-empty IV and
 * tag lengths of 16, 15, 14, 13, 12, 8 and 4 bytes (SP 800-38D §5.2.1.2). The JDK implements tags of
 * 12–16 bytes; 8- and 4-byte tags are computed as the truncation of the full tag (§6.5 step 8 takes
 * the most significant bits), and opening one decrypts with the same key stream, recomputes the full
 * tag over the ciphertext and releases the plaintext only if the truncations match.
 */
public final class JcaGcm implements AeadEngine {

    public static final JcaGcm INSTANCE = new JcaGcm();
    private static final int FULL_TAG = 16;

    private JcaGcm() {}

    @Override
    public byte[] seal(byte[] key, byte[] nonce, byte[] plaintext, byte[] aad, int tagLength) {
        check(key, nonce, tagLength);
        if (tagLength >= 12) {
            return run(cipher(Cipher.ENCRYPT_MODE, key, nonce, tagLength), plaintext, aad);
        }
        byte[] full = run(cipher(Cipher.ENCRYPT_MODE, key, nonce, FULL_TAG), plaintext, aad);
        return Arrays.copyOf(full, plaintext.length + tagLength);
    }

    @Override
    public byte[] open(byte[] key, byte[] nonce, byte[] ciphertextAndTag, byte[] aad, int tagLength) {
        check(key, nonce, tagLength);
        if (ciphertextAndTag.length < tagLength) {
            throw new InvalidInputException(Reason.INVALID_CIPHERTEXT, "ciphertext shorter than the tag");
        }
        if (tagLength >= 12) {
            try {
                Cipher c = cipher(Cipher.DECRYPT_MODE, key, nonce, tagLength);
                c.updateAAD(aad);
                return c.doFinal(ciphertextAndTag);
            } catch (AEADBadTagException e) {
                throw new AuthenticationFailedException();
            } catch (GeneralSecurityException e) {
                throw ModuleErrorException.bug("GCM decryption failed", e);
            }
        }
        return openShortTag(key, nonce, ciphertextAndTag, aad, tagLength);
    }

    private static byte[] openShortTag(byte[] key, byte[] nonce, byte[] ciphertextAndTag, byte[] aad, int tagLength) {
        int n = ciphertextAndTag.length - tagLength;
        byte[] ciphertext = Arrays.copyOf(ciphertextAndTag, n);
        // GCM's key stream depends on key and IV only: "encrypting" C yields P (plus a tag we discard).
        byte[] plaintextAndJunk = run(cipher(Cipher.ENCRYPT_MODE, key, nonce, FULL_TAG), ciphertext, new byte[0]);
        byte[] plaintext = Arrays.copyOf(plaintextAndJunk, n);
        byte[] recomputed = run(cipher(Cipher.ENCRYPT_MODE, key, nonce, FULL_TAG), plaintext, aad);
        byte[] expected = Arrays.copyOfRange(recomputed, n, n + tagLength);
        byte[] got = Arrays.copyOfRange(ciphertextAndTag, n, n + tagLength);
        Arrays.fill(plaintextAndJunk, (byte) 0);
        if (!JcaDigests.constantTimeEquals(expected, got)) {
            Arrays.fill(plaintext, (byte) 0);
            throw new AuthenticationFailedException();
        }
        return plaintext;
    }

    private static void check(byte[] key, byte[] nonce, int tagLength) {
        JcaAes.checkKey(key);
        if (nonce.length == 0) {
            throw new InvalidInputException(Reason.INVALID_NONCE, "GCM IV must not be empty");
        }
        if (!(tagLength >= 12 && tagLength <= 16) && tagLength != 8 && tagLength != 4) {
            throw new InvalidInputException(Reason.INVALID_TAG_SIZE, "GCM tag must be 4, 8 or 12..16 bytes");
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, int tagLength) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding", "SunJCE");
            c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(tagLength * 8, nonce));
            return c;
        } catch (GeneralSecurityException e) {
            throw ModuleErrorException.bug("SunJCE refused AES/GCM", e);
        }
    }

    private static byte[] run(Cipher c, byte[] data, byte[] aad) {
        try {
            c.updateAAD(aad);
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw ModuleErrorException.bug("GCM encryption failed", e);
        }
    }
}
