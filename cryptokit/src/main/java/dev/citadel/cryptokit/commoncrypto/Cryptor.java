package dev.citadel.cryptokit.commoncrypto;

import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.hazmat.InsecureIvCipher;
import dev.citadel.cryptokit.CryptoKitException.Reason;
import dev.citadel.cryptokit.CryptoKitException;
import dev.citadel.cryptokit.SymmetricKey;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.KeyMaterial;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A streaming block cipher context ({@code CCCryptorRef}): {@link #update} as data arrives, then
 * {@link #doFinal}. AES in ECB, CBC (optionally PKCS#7-padded) or CTR.
 *
 * <pre>{@code
 * Cryptor c = Cryptor.create(CCOperation.ENCRYPT, CCMode.CBC, CCAlgorithm.AES, true, key, iv);
 * out.write(c.update(chunk1)); out.write(c.update(chunk2)); out.write(c.doFinal());
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * Output equals the one-shot operation over the concatenated input. Padding is checked at
 * {@link #doFinal} ({@code INVALID_PADDING}); a used-up context refuses ({@code CALL_SEQUENCE}).
 *
 * <h2>Does not</h2>
 * WARNING: authenticate. These modes are IND-CPA at best (ECB not even that); an attacker who sees
 * padding errors decrypts CBC. Prefer {@code AES.GCM}. Deviation from Common Crypto: CBC and CTR need an
 * explicit 16-byte IV (Common Crypto silently uses zeros for a NULL IV). Not thread-safe.
 */
public final class Cryptor {

    private static final int BLOCK = 16;

    private final CCOperation operation;
    private final CCMode mode;
    private final boolean padding;
    private final SymmetricKey key;
    private byte[] chain;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean finished;

    private Cryptor(CCOperation operation, CCMode mode, boolean padding, SymmetricKey key, byte[] iv) {
        this.operation = operation;
        this.mode = mode;
        this.padding = padding;
        this.key = key;
        this.chain = iv;
    }

    /**
     * {@code CCCryptorCreateWithMode}. {@code pkcs7Padding} only with ECB or CBC. The key is used, not
     * copied: keep it open until {@link #doFinal}.
     */
    public static Cryptor create(CCOperation operation, CCMode mode, CCAlgorithm algorithm, boolean pkcs7Padding, SymmetricKey key, byte[] iv) {
        int bytes = key.bitCount() / 8;
        if (bytes != 16 && bytes != 24 && bytes != 32) {
            throw CryptoKitException.of(Reason.INCORRECT_KEY_SIZE, "AES key must be 16, 24 or 32 bytes");
        }
        if (mode == CCMode.CTR && pkcs7Padding) {
            throw CryptoKitException.of(Reason.INVALID_PARAMETER, "CTR is a stream mode: no padding");
        }
        if (mode == CCMode.ECB) {
            if (iv != null && iv.length != 0) {
                throw CryptoKitException.of(Reason.INVALID_PARAMETER, "ECB takes no IV");
            }
        } else if (iv == null || iv.length != algorithm.blockSize()) {
            throw CryptoKitException.of(Reason.INCORRECT_PARAMETER_SIZE, mode + " needs a " + algorithm.blockSize() + "-byte IV");
        }
        return new Cryptor(operation, mode, pkcs7Padding, key, iv == null ? null : iv.clone());
    }

    /** {@code CCCryptorUpdate}: output for every whole block available (holding back the last one when unpadding). */
    public byte[] update(byte[] data) {
        requireActive();
        pending.writeBytes(data);
        byte[] all = pending.toByteArray();
        int ready = (all.length / BLOCK) * BLOCK;
        if (padding && operation == CCOperation.DECRYPT && ready == all.length) {
            ready -= BLOCK; // the last block may carry padding: keep it for doFinal
        }
        if (ready <= 0) {
            return new byte[0];
        }
        pending.reset();
        pending.write(all, ready, all.length - ready);
        return process(Arrays.copyOf(all, ready));
    }

    /** {@code CCCryptorFinal}: the remaining output; the context is then used up. */
    public byte[] doFinal() {
        requireActive();
        finished = true;
        byte[] rest = pending.toByteArray();
        pending.reset();
        if (mode == CCMode.CTR) {
            return process(rest);
        }
        if (padding && operation == CCOperation.ENCRYPT) {
            int pad = BLOCK - rest.length % BLOCK;
            byte[] padded = Arrays.copyOf(rest, rest.length + pad);
            Arrays.fill(padded, rest.length, padded.length, (byte) pad);
            return process(padded);
        }
        if (rest.length % BLOCK != 0) {
            throw CryptoKitException.of(Reason.BLOCK_ALIGNMENT, "input is not a whole number of 16-byte blocks");
        }
        if (!padding) {
            return process(rest);
        }
        if (rest.length != BLOCK) {
            throw CryptoKitException.of(Reason.BLOCK_ALIGNMENT, "padded ciphertext must be a non-empty whole number of blocks");
        }
        byte[] last = process(rest);
        int pad = last[BLOCK - 1] & 0xff;
        int bad = (pad == 0 || pad > BLOCK) ? 1 : 0;
        for (int i = 0; i < BLOCK; i++) {
            int inPad = i >= BLOCK - pad ? 1 : 0;
            bad |= inPad & (((last[i] & 0xff) ^ pad) != 0 ? 1 : 0);
        }
        if (bad != 0) {
            throw CryptoKitException.of(Reason.INVALID_PADDING, "bad PKCS#7 padding");
        }
        return Arrays.copyOf(last, BLOCK - pad);
    }

    private byte[] process(byte[] in) {
        if (in.length == 0) {
            return in;
        }
        SecretKeyMaterial k = KeyMaterial.borrow(key);
        return CoreFailures.call(() -> switch (mode) {
            case ECB -> operation == CCOperation.ENCRYPT ? InsecureIvCipher.ecbEncrypt(k, in) : InsecureIvCipher.ecbDecrypt(k, in);
            case CBC -> {
                byte[] out = operation == CCOperation.ENCRYPT ? InsecureIvCipher.cbcEncrypt(k, chain, in) : InsecureIvCipher.cbcDecrypt(k, chain, in);
                chain = Arrays.copyOfRange(operation == CCOperation.ENCRYPT ? out : in, in.length - BLOCK, in.length);
                yield out;
            }
            case CTR -> {
                byte[] out = InsecureIvCipher.ctr(k, chain, in);
                chain = advance(chain, (in.length + BLOCK - 1) / BLOCK);
                yield out;
            }
        });
    }

    /** The counter block plus {@code blocks}, as a 128-bit big-endian integer (wrapping). */
    private static byte[] advance(byte[] counter, long blocks) {
        byte[] next = counter.clone();
        long carry = blocks;
        for (int i = BLOCK - 1; i >= 0 && carry != 0; i--) {
            long sum = (next[i] & 0xff) + (carry & 0xff);
            next[i] = (byte) sum;
            carry = (carry >>> 8) + (sum >>> 8);
        }
        return next;
    }

    private void requireActive() {
        if (finished) {
            throw CryptoKitException.of(Reason.CALL_SEQUENCE, "cryptor already finished");
        }
    }
}
