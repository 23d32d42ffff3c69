package dev.citadel.corecrypto.internal.gcmsiv;

import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.internal.engine.AeadEngine;
import dev.citadel.corecrypto.internal.jca.JcaAes;
import dev.citadel.corecrypto.internal.jca.JcaDigests;
import java.util.Arrays;

/**
 * Citadel's own AES-GCM-SIV (RFC 8452): nonce-misuse-resistant AEAD, which the JDK lacks. Per-nonce key
 * derivation (§4), POLYVAL over the padded AAD and plaintext plus a length block (§5), the tag as AES of
 * the masked POLYVAL value, and AES-CTR with a 32-bit little-endian counter seeded from the tag. AES
 * itself is the JDK's block function. Opening decrypts, recomputes the tag and compares in constant
 * time; the plaintext is zeroed and never returned on mismatch.
 */
public final class AesGcmSiv implements AeadEngine {

    public static final AesGcmSiv INSTANCE = new AesGcmSiv();
    public static final int NONCE = 12;
    public static final int TAG = 16;
    /** RFC 8452 §6: plaintext and AAD at most 2^36 bytes; a Java array is far below, so no check is needed. */
    private static final int BLOCK = 16;

    private AesGcmSiv() {}

    @Override
    public byte[] seal(byte[] key, byte[] nonce, byte[] plaintext, byte[] aad, int tagLength) {
        check(key, nonce, tagLength);
        byte[][] keys = deriveKeys(key, nonce);
        try {
            byte[] tag = tag(keys, nonce, plaintext, aad);
            byte[] out = Arrays.copyOf(ctr(keys[1], tag, plaintext), plaintext.length + TAG);
            System.arraycopy(tag, 0, out, plaintext.length, TAG);
            return out;
        } finally {
            wipe(keys);
        }
    }

    @Override
    public byte[] open(byte[] key, byte[] nonce, byte[] ciphertextAndTag, byte[] aad, int tagLength) {
        check(key, nonce, tagLength);
        if (ciphertextAndTag.length < TAG) {
            throw new InvalidInputException(Reason.INVALID_CIPHERTEXT, "ciphertext shorter than the tag");
        }
        int n = ciphertextAndTag.length - TAG;
        byte[] tag = Arrays.copyOfRange(ciphertextAndTag, n, n + TAG);
        byte[][] keys = deriveKeys(key, nonce);
        try {
            byte[] plaintext = ctr(keys[1], tag, Arrays.copyOf(ciphertextAndTag, n));
            byte[] expected = tag(keys, nonce, plaintext, aad);
            if (!JcaDigests.constantTimeEquals(expected, tag)) {
                Arrays.fill(plaintext, (byte) 0);
                throw new AuthenticationFailedException();
            }
            return plaintext;
        } finally {
            wipe(keys);
        }
    }

    private static void check(byte[] key, byte[] nonce, int tagLength) {
        if (key.length != 16 && key.length != 32) {
            throw new InvalidInputException(Reason.INVALID_KEY_SIZE, "AES-GCM-SIV key must be 16 or 32 bytes");
        }
        if (nonce.length != NONCE) {
            throw new InvalidInputException(Reason.INVALID_NONCE, "AES-GCM-SIV nonce must be 12 bytes");
        }
        if (tagLength != TAG) {
            throw new InvalidInputException(Reason.INVALID_TAG_SIZE, "AES-GCM-SIV tag is 16 bytes");
        }
    }

    /** §4: {authentication key (16 bytes), encryption key (key-length bytes)}. */
    static byte[][] deriveKeys(byte[] key, byte[] nonce) {
        int halves = key.length == 16 ? 4 : 6;
        byte[] blocks = new byte[halves * BLOCK];
        for (int i = 0; i < halves; i++) {
            blocks[i * BLOCK] = (byte) i; // little-endian 32-bit counter, i < 6
            System.arraycopy(nonce, 0, blocks, i * BLOCK + 4, NONCE);
        }
        byte[] out = JcaAes.blockEncryptor(key).encrypt(blocks);
        byte[] auth = new byte[16];
        byte[] enc = new byte[key.length];
        for (int i = 0; i < halves; i++) {
            byte[] dst = i < 2 ? auth : enc;
            System.arraycopy(out, i * BLOCK, dst, (i < 2 ? i : i - 2) * 8, 8);
        }
        Arrays.fill(out, (byte) 0);
        return new byte[][] {auth, enc};
    }

    /** §5 steps: POLYVAL, XOR nonce, clear the top bit, encrypt. */
    private static byte[] tag(byte[][] keys, byte[] nonce, byte[] plaintext, byte[] aad) {
        Polyval polyval = new Polyval(keys[0]);
        polyval.updatePadded(aad);
        polyval.updatePadded(plaintext);
        byte[] lengths = new byte[BLOCK];
        Polyval.putLe64(lengths, 0, (long) aad.length * 8);
        Polyval.putLe64(lengths, 8, (long) plaintext.length * 8);
        polyval.updateBlock(lengths);
        byte[] s = polyval.digest();
        for (int i = 0; i < NONCE; i++) {
            s[i] ^= nonce[i];
        }
        s[15] &= 0x7F;
        return JcaAes.blockEncryptor(keys[1]).encrypt(s);
    }

    /** AES-CTR with the initial counter block {@code tag | 0x80 at byte 15} and a 32-bit LE counter in bytes 0–3. */
    private static byte[] ctr(byte[] encKey, byte[] tag, byte[] in) {
        int blocks = (in.length + BLOCK - 1) / BLOCK;
        byte[] counters = new byte[blocks * BLOCK];
        int counter = (tag[0] & 0xFF) | (tag[1] & 0xFF) << 8 | (tag[2] & 0xFF) << 16 | (tag[3] & 0xFF) << 24;
        for (int b = 0; b < blocks; b++, counter++) { // wraps mod 2^32 as §4 requires
            int off = b * BLOCK;
            System.arraycopy(tag, 4, counters, off + 4, 12);
            counters[off + 15] |= (byte) 0x80;
            counters[off] = (byte) counter;
            counters[off + 1] = (byte) (counter >>> 8);
            counters[off + 2] = (byte) (counter >>> 16);
            counters[off + 3] = (byte) (counter >>> 24);
        }
        byte[] stream = JcaAes.blockEncryptor(encKey).encrypt(counters);
        byte[] out = new byte[in.length];
        int i = 0;
        for (; i + 8 <= in.length; i += 8) {
            Polyval.putLe64(out, i, Polyval.le64(in, i) ^ Polyval.le64(stream, i));
        }
        for (; i < in.length; i++) {
            out[i] = (byte) (in[i] ^ stream[i]);
        }
        Arrays.fill(stream, (byte) 0);
        return out;
    }

    private static void wipe(byte[][] keys) {
        for (byte[] k : keys) {
            Arrays.fill(k, (byte) 0);
        }
    }
}
