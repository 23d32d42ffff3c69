package dev.citadel.corecrypto.internal.chacha;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.internal.engine.AeadEngine;
import dev.citadel.corecrypto.internal.jca.JcaChaCha20Poly1305;
import java.util.Arrays;

/**
 * XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha-03 §2.3): a 24-byte nonce, safe to draw at random.
 * The subkey is HChaCha20(key, nonce[0..16]); the rest is the JDK's ChaCha20-Poly1305 under that subkey
 * with the nonce {@code 0x00000000 || nonce[16..24]}.
 */
public final class XChaCha20Poly1305 implements AeadEngine {

    public static final XChaCha20Poly1305 INSTANCE = new XChaCha20Poly1305();
    public static final int NONCE = 24;

    private XChaCha20Poly1305() {}

    @Override
    public byte[] seal(byte[] key, byte[] nonce, byte[] plaintext, byte[] aad, int tagLength) {
        check(key, nonce);
        byte[] subkey = HChaCha20.subkey(key, Arrays.copyOf(nonce, 16));
        try {
            return JcaChaCha20Poly1305.INSTANCE.seal(subkey, innerNonce(nonce), plaintext, aad, tagLength);
        } finally {
            Arrays.fill(subkey, (byte) 0);
        }
    }

    @Override
    public byte[] open(byte[] key, byte[] nonce, byte[] ciphertextAndTag, byte[] aad, int tagLength) {
        check(key, nonce);
        byte[] subkey = HChaCha20.subkey(key, Arrays.copyOf(nonce, 16));
        try {
            return JcaChaCha20Poly1305.INSTANCE.open(subkey, innerNonce(nonce), ciphertextAndTag, aad, tagLength);
        } finally {
            Arrays.fill(subkey, (byte) 0);
        }
    }

    private static void check(byte[] key, byte[] nonce) {
        if (key.length != JcaChaCha20Poly1305.KEY) {
            throw new InvalidInputException(Reason.INVALID_KEY_SIZE, "XChaCha20 key must be 32 bytes");
        }
        if (nonce.length != NONCE) {
            throw new InvalidInputException(Reason.INVALID_NONCE, "XChaCha20-Poly1305 nonce must be 24 bytes");
        }
    }

    private static byte[] innerNonce(byte[] nonce) {
        byte[] inner = new byte[JcaChaCha20Poly1305.NONCE];
        System.arraycopy(nonce, 16, inner, 4, 8);
        return inner;
    }
}
