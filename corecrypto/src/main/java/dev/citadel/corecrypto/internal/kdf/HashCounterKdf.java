package dev.citadel.corecrypto.internal.kdf;

import dev.citadel.corecrypto.internal.engine.DigestEngine;
import java.util.Arrays;

/**
 * The two hash-with-a-32-bit-counter KDFs, which differ only in where the counter goes:
 * ANSI X9.63 (SEC 1 v2 §3.6.1) {@code H(Z || counter || SharedInfo)} and the SP 800-56C rev. 2 §4.1
 * one-step KDF with H = hash {@code H(counter || Z || FixedInfo)}. Counter starts at 1, big-endian.
 */
public final class HashCounterKdf {

    private HashCounterKdf() {}

    public static byte[] x963(DigestEngine hash, byte[] z, byte[] sharedInfo, int length) {
        return run(hash, z, sharedInfo, length, false);
    }

    public static byte[] oneStep(DigestEngine hash, byte[] z, byte[] fixedInfo, int length) {
        return run(hash, z, fixedInfo, length, true);
    }

    private static byte[] run(DigestEngine hash, byte[] z, byte[] info, int length, boolean counterFirst) {
        byte[] out = new byte[length];
        byte[] counter = new byte[4];
        for (int i = 1, off = 0; off < length; i++) {
            counter[0] = (byte) (i >>> 24);
            counter[1] = (byte) (i >>> 16);
            counter[2] = (byte) (i >>> 8);
            counter[3] = (byte) i;
            byte[] k = counterFirst ? hash.digest(counter, z, info) : hash.digest(z, counter, info);
            int n = Math.min(k.length, length - off);
            System.arraycopy(k, 0, out, off, n);
            off += n;
            Arrays.fill(k, (byte) 0);
        }
        return out;
    }
}
