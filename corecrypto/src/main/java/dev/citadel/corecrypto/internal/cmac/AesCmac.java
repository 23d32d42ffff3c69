package dev.citadel.corecrypto.internal.cmac;

import dev.citadel.corecrypto.internal.engine.MacEngine;
import dev.citadel.corecrypto.internal.jca.JcaAes;
import java.util.Arrays;

/**
 * Citadel's own AES-CMAC (RFC 4493, SP 800-38B): the JDK has no CMAC. Built on the JDK's AES: subkeys from
 * the ECB block function, and the CBC-MAC chain as the last block of AES-CBC with a zero IV over
 * {@code M_1 … M_{n-1} || M_n'}, so the bulk runs on the AES-NI intrinsic. Branch-free on secret data
 * (the subkey doubling uses a mask).
 */
public final class AesCmac implements MacEngine {

    public static final AesCmac INSTANCE = new AesCmac();
    private static final int BLOCK = JcaAes.BLOCK;

    private AesCmac() {}

    @Override
    public int length() {
        return BLOCK;
    }

    @Override
    public Keyed init(byte[] key) {
        JcaAes.checkKey(key);
        byte[] keyCopy = key.clone();
        byte[] l = JcaAes.blockEncryptor(keyCopy).encrypt(new byte[BLOCK]); // RFC 4493 §2.3 step 1
        byte[] k1 = dbl(l);
        byte[] k2 = dbl(k1);
        Arrays.fill(l, (byte) 0);
        return parts -> mac(keyCopy, k1, k2, concat(parts));
    }

    private static byte[] mac(byte[] key, byte[] k1, byte[] k2, byte[] m) {
        int n = Math.max(1, (m.length + BLOCK - 1) / BLOCK); // §2.4 steps 2–3
        boolean complete = m.length > 0 && m.length % BLOCK == 0;
        byte[] chain = Arrays.copyOf(m, n * BLOCK); // zero-filled beyond m
        int last = (n - 1) * BLOCK;
        if (!complete) {
            chain[m.length] = (byte) 0x80; // padding 10^i
        }
        byte[] sub = complete ? k1 : k2;
        for (int i = 0; i < BLOCK; i++) {
            chain[last + i] ^= sub[i];
        }
        byte[] cbc = JcaAes.cbc(key, true, new byte[BLOCK], chain);
        byte[] tag = Arrays.copyOfRange(cbc, cbc.length - BLOCK, cbc.length);
        Arrays.fill(chain, (byte) 0);
        return tag;
    }

    /** Multiplication by x in GF(2^128) with R = 0x87 (RFC 4493 §2.3), without a secret-dependent branch. */
    static byte[] dbl(byte[] in) {
        byte[] out = new byte[BLOCK];
        int carry = 0;
        for (int i = BLOCK - 1; i >= 0; i--) {
            int b = in[i] & 0xFF;
            out[i] = (byte) ((b << 1) | carry);
            carry = b >>> 7;
        }
        out[BLOCK - 1] ^= (byte) (0x87 & -((in[0] & 0xFF) >>> 7));
        return out;
    }

    private static byte[] concat(byte[][] parts) {
        if (parts.length == 1) {
            return parts[0];
        }
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int off = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, off, p.length);
            off += p.length;
        }
        return out;
    }
}
