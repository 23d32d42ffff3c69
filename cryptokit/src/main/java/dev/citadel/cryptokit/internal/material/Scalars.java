package dev.citadel.cryptokit.internal.material;

import java.math.BigInteger;

/** Scalar arithmetic on private keys for cryptokit's own packages. Not exported. */
public final class Scalars {

    private Scalars() {}

    /**
     * {@code n − d} as {@code length} big-endian bytes. WARNING: BigInteger arithmetic is not
     * constant-time; use only on freshly generated scalars (key generation), never on a long-lived key
     * in a loop an attacker can time.
     */
    public static byte[] negate(byte[] d, BigInteger n, int length) {
        byte[] v = n.subtract(new BigInteger(1, d)).toByteArray();
        byte[] out = new byte[length];
        int copy = Math.min(v.length, length);
        System.arraycopy(v, v.length - copy, out, length - copy, copy);
        java.util.Arrays.fill(v, (byte) 0);
        return out;
    }
}
