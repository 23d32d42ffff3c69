package dev.citadel.corecrypto.internal.jca;

import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.ModuleErrorException;
import java.security.GeneralSecurityException;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The JDK (SunJCE, AES-NI intrinsics) engine for raw AES: the block function (ECB), CBC and CTR without
 * padding (SP 800-38A), and key wrap KW / KWP (SP 800-38F, RFC 3394 / RFC 5649). Padding, IV generation
 * and length rules live in the callers; this class checks the key size and the block alignment.
 */
public final class JcaAes {

    public static final int BLOCK = 16;

    private JcaAes() {}

    /** Throws {@code INVALID_KEY_SIZE} unless {@code key} is 16, 24 or 32 bytes. */
    public static void checkKey(byte[] key) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new InvalidInputException(Reason.INVALID_KEY_SIZE, "AES key must be 16, 24 or 32 bytes, got " + key.length);
        }
    }

    /** A reusable single-thread AES forward block function under one key (for CMAC, GCM-SIV). */
    public static final class BlockEncryptor {
        private final Cipher ecb;

        private BlockEncryptor(byte[] key) {
            this.ecb = init("AES/ECB/NoPadding", Cipher.ENCRYPT_MODE, key, null);
        }

        /** AES-encrypts each 16-byte block of {@code blocks}. */
        public byte[] encrypt(byte[] blocks) {
            return run(ecb, blocks);
        }

        /** AES-encrypts one block into {@code out}. */
        public void encryptBlock(byte[] in, int inOff, byte[] out, int outOff) {
            try {
                ecb.doFinal(in, inOff, BLOCK, out, outOff);
            } catch (GeneralSecurityException e) {
                throw ModuleErrorException.bug("AES block function failed", e);
            }
        }
    }

    public static BlockEncryptor blockEncryptor(byte[] key) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        checkKey(key);
        return new BlockEncryptor(key);
    }

    /** ECB over whole blocks. */
    public static byte[] ecb(byte[] key, boolean encrypt, byte[] data) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        checkKey(key);
        requireBlocks(data);
        return run(init("AES/ECB/NoPadding", mode(encrypt), key, null), data);
    }

    /** CBC over whole blocks, 16-byte IV. */
    public static byte[] cbc(byte[] key, boolean encrypt, byte[] iv, byte[] data) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        checkKey(key);
        requireIv(iv);
        requireBlocks(data);
        return run(init("AES/CBC/NoPadding", mode(encrypt), key, iv), data);
    }

    /** CTR with a 16-byte initial counter block incremented as one 128-bit big-endian integer (SP 800-38A B.1). */
    public static byte[] ctr(byte[] key, byte[] counterBlock, byte[] data) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        checkKey(key);
        requireIv(counterBlock);
        return run(init("AES/CTR/NoPadding", Cipher.ENCRYPT_MODE, key, counterBlock), data);
    }

    /** SP 800-38F KW-AE ({@code padded=false}) or KWP-AE; input lengths are checked by the caller. */
    public static byte[] wrap(byte[] kek, boolean padded, byte[] data) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        checkKey(kek);
        return run(init(padded ? "AES/KWP/NoPadding" : "AES/KW/NoPadding", Cipher.ENCRYPT_MODE, kek, null), data);
    }

    /**
     * SP 800-38F KW-AD / KWP-AD: {@code INVALID_CIPHERTEXT} for a length no wrap produces (not a multiple of
     * 8, or under 24 bytes for KW / 16 for KWP), {@code AUTHENTICATION_FAILED} when the integrity check
     * (ICV, and for KWP the length and zero padding) fails.
     */
    public static byte[] unwrap(byte[] kek, boolean padded, byte[] wrapped) {
        SelfTest.requireOperational(); // defence in depth behind the public entry points
        checkKey(kek);
        int min = padded ? 16 : 24;
        if (wrapped.length < min || wrapped.length % 8 != 0) {
            throw new InvalidInputException(Reason.INVALID_CIPHERTEXT, "wrapped key must be a multiple of 8 bytes and at least " + min);
        }
        Cipher c = init(padded ? "AES/KWP/NoPadding" : "AES/KW/NoPadding", Cipher.DECRYPT_MODE, kek, null);
        try {
            return c.doFinal(wrapped);
        } catch (BadPaddingException | IllegalBlockSizeException e) {
            // the JDK reports a failed integrity check as either, depending on the mode; lengths are checked above
            throw new AuthenticationFailedException();
        }
    }

    private static int mode(boolean encrypt) {
        return encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
    }

    private static void requireIv(byte[] iv) {
        if (iv.length != BLOCK) {
            throw new InvalidInputException(Reason.INVALID_NONCE, "AES IV must be 16 bytes");
        }
    }

    private static void requireBlocks(byte[] data) {
        if (data.length % BLOCK != 0) {
            throw new InvalidInputException(Reason.INVALID_INPUT, "length is not a multiple of the AES block");
        }
    }

    static Cipher init(String transformation, int mode, byte[] key, byte[] iv) {
        try {
            Cipher c = Cipher.getInstance(transformation, "SunJCE");
            SecretKeySpec k = new SecretKeySpec(key, "AES");
            if (iv == null) {
                c.init(mode, k);
            } else {
                c.init(mode, k, new IvParameterSpec(iv));
            }
            return c;
        } catch (GeneralSecurityException e) {
            throw ModuleErrorException.bug("SunJCE refused " + transformation, e);
        }
    }

    private static byte[] run(Cipher c, byte[] data) {
        try {
            return c.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw ModuleErrorException.bug("AES without padding failed on aligned input", e);
        }
    }
}
