package dev.citadel.corecrypto.internal.kdf;

import dev.citadel.corecrypto.internal.engine.MacEngine;
import java.util.Arrays;

/**
 * PBKDF2 (RFC 8018 §5.2, SP 800-132) over an HMAC engine. Written here rather than through the JDK's
 * {@code SecretKeyFactory} because that takes the password as {@code char[]} and encodes it itself, so it
 * cannot derive from arbitrary password bytes; the HMAC underneath is still the JDK's.
 */
public final class Pbkdf2Engine {

    private Pbkdf2Engine() {}

    /** Parameters are validated by the caller. */
    public static byte[] derive(MacEngine hmac, byte[] password, byte[] salt, int iterations, int length) {
        MacEngine.Keyed prf = hmac.init(password);
        int hLen = hmac.length();
        byte[] dk = new byte[length];
        byte[] index = new byte[4];
        for (int block = 1, off = 0; off < length; block++) {
            index[0] = (byte) (block >>> 24);
            index[1] = (byte) (block >>> 16);
            index[2] = (byte) (block >>> 8);
            index[3] = (byte) block;
            byte[] u = prf.compute(salt, index);
            byte[] t = u.clone();
            for (int i = 1; i < iterations; i++) {
                prf.computeInPlace(u); // U_i = PRF(P, U_{i-1})
                for (int j = 0; j < hLen; j++) {
                    t[j] ^= u[j];
                }
            }
            int n = Math.min(hLen, length - off);
            System.arraycopy(t, 0, dk, off, n);
            off += n;
            Arrays.fill(u, (byte) 0);
            Arrays.fill(t, (byte) 0);
        }
        return dk;
    }
}
