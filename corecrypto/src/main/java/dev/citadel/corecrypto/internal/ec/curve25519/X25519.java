package dev.citadel.corecrypto.internal.ec.curve25519;

import java.util.Arrays;

/**
 * The X25519 function of RFC 7748 §5. Constant time in the scalar.
 *
 * <ul>
 *   <li>{@link #scalarMult}: the Montgomery ladder of §5 on x-only projective coordinates, 255 steps of
 *       one conditional swap by mask and one combined double-and-add (5M + 4S + one multiplication by
 *       a24 = 121665), then one Fermat inversion. The scalar bit for step t is read from byte t/8, an
 *       index that depends on t only.</li>
 *   <li>{@link #publicKey}: X25519(k, 9) computed as u = (1 + y)/(1 − y) of the Edwards point k·B
 *       (the birational map of RFC 7748 §4.1), with the constant-time base table — about four times
 *       fewer field operations than the ladder, the same result.</li>
 * </ul>
 * The u-coordinate is decoded with bit 255 masked and values ≥ p taken modulo p (§5). An all-zero
 * output (a small-order peer) is returned as is: the caller refuses it.
 */
public final class X25519 {

    private static final long A24 = 121665;

    private X25519() {}

    /** RFC 7748 §5 decodeScalar25519: clear bits 0, 1, 2 and 255, set bit 254. */
    static byte[] clamp(byte[] k) {
        byte[] e = Arrays.copyOf(k, 32);
        e[0] &= (byte) 248;
        e[31] &= 127;
        e[31] |= 64;
        return e;
    }

    /** X25519(k, u) for 32-byte k and u. */
    public static byte[] scalarMult(byte[] k, byte[] u) {
        byte[] e = clamp(k);
        long[] x1 = new long[5];
        Field25519.decode(x1, u, 0);
        long[] x2 = new long[5];
        long[] z2 = new long[5];
        long[] x3 = new long[5];
        long[] z3 = new long[5];
        Field25519.one(x2);
        Field25519.copy(x3, x1);
        Field25519.one(z3);
        long[] a = new long[5];
        long[] aa = new long[5];
        long[] b = new long[5];
        long[] bb = new long[5];
        long[] c = new long[5];
        long[] d = new long[5];
        long[] t = new long[5];
        long swap = 0;
        for (int pos = 254; pos >= 0; pos--) {
            long bit = (e[pos >>> 3] >>> (pos & 7)) & 1;
            swap ^= bit;
            Field25519.cswap(x2, x3, -swap);
            Field25519.cswap(z2, z3, -swap);
            swap = bit;
            Field25519.add(a, x2, z2); // A = x2 + z2
            Field25519.sqr(aa, a); // AA = A²
            Field25519.sub(b, x2, z2); // B = x2 − z2
            Field25519.sqr(bb, b); // BB = B²
            Field25519.add(c, x3, z3); // C = x3 + z3
            Field25519.sub(d, x3, z3); // D = x3 − z3
            Field25519.mul(d, d, a); // DA = D·A
            Field25519.mul(c, c, b); // CB = C·B
            Field25519.add(t, d, c);
            Field25519.sqr(x3, t); // x3 = (DA + CB)²
            Field25519.sub(t, d, c);
            Field25519.sqr(t, t);
            Field25519.mul(z3, x1, t); // z3 = x1·(DA − CB)²
            Field25519.mul(x2, aa, bb); // x2 = AA·BB
            Field25519.sub(t, aa, bb); // E = AA − BB
            Field25519.mulSmall(z2, t, A24);
            Field25519.add(z2, z2, aa);
            Field25519.mul(z2, z2, t); // z2 = E·(AA + a24·E)
        }
        Field25519.cswap(x2, x3, -swap);
        Field25519.cswap(z2, z3, -swap);
        Field25519.invert(z2, z2);
        Field25519.mul(x2, x2, z2);
        byte[] out = new byte[32];
        Field25519.encode(out, 0, x2);
        Arrays.fill(e, (byte) 0);
        for (long[] limbs : new long[][] {x2, z2, x3, z3, a, aa, b, bb, c, d, t}) {
            Arrays.fill(limbs, 0);
        }
        return out;
    }

    /** X25519(k, 9): the public key of private key k. */
    public static byte[] publicKey(byte[] k) {
        byte[] e = clamp(k);
        EdwardsPoint p = EdwardsMultiply.base(e);
        Arrays.fill(e, (byte) 0);
        long[] num = new long[5];
        long[] den = new long[5];
        Field25519.add(num, p.z, p.y); // u = (Z + Y)/(Z − Y) = (1 + y)/(1 − y)
        Field25519.sub(den, p.z, p.y);
        Field25519.invert(den, den);
        Field25519.mul(num, num, den);
        byte[] out = new byte[32];
        Field25519.encode(out, 0, num);
        return out;
    }
}
