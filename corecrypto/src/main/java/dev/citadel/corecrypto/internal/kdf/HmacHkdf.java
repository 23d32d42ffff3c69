package dev.citadel.corecrypto.internal.kdf;

import dev.citadel.corecrypto.internal.engine.HkdfEngine;
import dev.citadel.corecrypto.internal.engine.MacEngine;
import java.util.Arrays;

/**
 * RFC 5869 HKDF written over any HMAC engine: the engine for hashes the JDK's {@code KDF} lacks
 * (SHA-1, SHA-224, SHA-512/t, SHA-3).
 */
public final class HmacHkdf implements HkdfEngine {

    private final MacEngine hmac;

    public HmacHkdf(MacEngine hmac) {
        this.hmac = hmac;
    }

    @Override
    public byte[] extract(byte[] salt, byte[] ikm) {
        return hmac.compute(salt.length == 0 ? new byte[hmac.length()] : salt, ikm); // §2.2
    }

    @Override
    public byte[] expand(byte[] prk, byte[] info, int length) {
        MacEngine.Keyed mac = hmac.init(prk); // §2.3
        byte[] okm = new byte[length];
        byte[] t = new byte[0];
        byte[] counter = new byte[1];
        for (int off = 0, i = 1; off < length; i++) {
            counter[0] = (byte) i;
            byte[] next = mac.compute(t, info, counter);
            Arrays.fill(t, (byte) 0);
            t = next;
            int n = Math.min(t.length, length - off);
            System.arraycopy(t, 0, okm, off, n);
            off += n;
        }
        Arrays.fill(t, (byte) 0);
        return okm;
    }
}
