package dev.citadel.corecrypto.internal.ec.curve25519;

import java.math.BigInteger;

/**
 * A point of edwards25519 (−x² + y² = 1 + d·x²·y², RFC 8032 §5.1) in extended coordinates
 * (X : Y : Z : T) with x = X/Z, y = Y/Z, x·y = T/Z (Hisil–Wong–Carter–Dawson 2008). Coordinates are
 * {@link Field25519} elements. Mutable: scalar multiplication updates points in place.
 */
final class EdwardsPoint {

    static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));
    private static final BigInteger D_VALUE = BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
    /** d = −121665/121666. */
    static final long[] D = limbs(D_VALUE);
    static final long[] D2 = limbs(D_VALUE.shiftLeft(1).mod(P));
    /** √−1 = 2^((p − 1)/4). */
    static final long[] SQRT_M1 = limbs(BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P));
    private static final long[] ONE = {1, 0, 0, 0, 0};

    final long[] x = new long[5];
    final long[] y = new long[5];
    final long[] z = new long[5];
    final long[] t = new long[5];

    static EdwardsPoint identity() {
        EdwardsPoint p = new EdwardsPoint();
        p.setIdentity();
        return p;
    }

    /** (0 : 1 : 1 : 0). */
    void setIdentity() {
        Field25519.zero(x);
        Field25519.one(y);
        Field25519.one(z);
        Field25519.zero(t);
    }

    void set(EdwardsPoint p) {
        Field25519.copy(x, p.x);
        Field25519.copy(y, p.y);
        Field25519.copy(z, p.z);
        Field25519.copy(t, p.t);
    }

    /** this = −this. */
    void negate() {
        Field25519.neg(x, x);
        Field25519.neg(t, t);
    }

    /** The 32-byte RFC 8032 §5.1.2 encoding: y with the low bit of x in bit 255. Constant time. */
    byte[] encode() {
        long[] zInv = new long[5];
        long[] ax = new long[5];
        long[] ay = new long[5];
        Field25519.invert(zInv, z);
        Field25519.mul(ax, x, zInv);
        Field25519.mul(ay, y, zInv);
        byte[] out = new byte[32];
        Field25519.encode(out, 0, ay);
        out[31] |= (byte) (Field25519.isNegative(ax) << 7);
        return out;
    }

    /**
     * RFC 8032 §5.1.3 decoding of 32 public bytes, as strictly as the JDK's: fails (returns null) when
     * y ≥ p, when x² = (y² − 1)/(d·y² + 1) has no root, or when x = 0 with the sign bit set.
     * Variable time: encodings are public.
     */
    static EdwardsPoint decode(byte[] in, int offset) {
        EdwardsPoint p = new EdwardsPoint();
        Field25519.decode(p.y, in, offset);
        long[] canonical = new long[5];
        Field25519.canonical(canonical, p.y);
        if (!java.util.Arrays.equals(canonical, p.y)) {
            return null; // y ≥ p
        }
        int sign = (in[offset + 31] >>> 7) & 1;
        long[] u = new long[5];
        long[] v = new long[5];
        long[] v3 = new long[5];
        long[] check = new long[5];
        Field25519.sqr(u, p.y);
        Field25519.mul(v, u, D);
        Field25519.sub(u, u, ONE); // u = y² − 1
        Field25519.add(v, v, ONE);
        Field25519.carry(v); // v = d·y² + 1
        // x = u·v³·(u·v⁷)^((p − 5)/8)
        Field25519.sqr(v3, v);
        Field25519.mul(v3, v3, v);
        Field25519.sqr(p.x, v3);
        Field25519.mul(p.x, p.x, v);
        Field25519.mul(p.x, p.x, u);
        Field25519.pow22523(p.x, p.x);
        Field25519.mul(p.x, p.x, v3);
        Field25519.mul(p.x, p.x, u);
        Field25519.sqr(check, p.x);
        Field25519.mul(check, check, v);
        if (Field25519.equal(check, u) == 0) {
            Field25519.neg(u, u);
            if (Field25519.equal(check, u) == 0) {
                return null; // not a square: no point with this y
            }
            Field25519.mul(p.x, p.x, SQRT_M1);
        }
        if (Field25519.isZero(p.x) == 1 && sign == 1) {
            return null; // x = 0 has no negative: a non-canonical encoding
        }
        if (Field25519.isNegative(p.x) != sign) {
            Field25519.neg(p.x, p.x);
        }
        Field25519.one(p.z);
        Field25519.mul(p.t, p.x, p.y);
        return p;
    }

    /** Whether this is the identity (0 : 1 : 1), i.e. X = 0 and Y = Z. */
    boolean isIdentity() {
        return Field25519.isZero(x) == 1 && Field25519.equal(y, z) == 1;
    }

    /** Whether 8·this is the identity, i.e. this is one of the eight torsion points. Variable time. */
    boolean hasSmallOrder() {
        EdwardsFormulas f = new EdwardsFormulas();
        EdwardsPoint q = new EdwardsPoint();
        f.dbl(q, this, false);
        f.dbl(q, q, false);
        f.dbl(q, q, false);
        return q.isIdentity();
    }

    /** The limbs of 0 ≤ v &lt; 2^255 (constants only). */
    static long[] limbs(BigInteger v) {
        long[] h = new long[5];
        for (int i = 0; i < 5; i++) {
            h[i] = v.shiftRight(51 * i).longValue() & Field25519.MASK;
        }
        return h;
    }
}
