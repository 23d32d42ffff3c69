package dev.citadel.corecrypto.internal.ec.p256;

import java.math.BigInteger;

/**
 * A P-256 point in homogeneous projective coordinates (X : Y : Z), x = X/Z, y = Y/Z, coordinates
 * {@link P256Field} residues (Montgomery residues in verification's Jacobian code); the identity is
 * (0 : 1 : 0). Mutable: scalar multiplication updates points in place.
 */
final class P256Point {

    final long[] x = new long[4];
    final long[] y = new long[4];
    final long[] z = new long[4];

    /** The identity (0 : 1 : 0). */
    static P256Point identity() {
        P256Point p = new P256Point();
        System.arraycopy(P256Field.ONE, 0, p.y, 0, 4);
        return p;
    }

    /** The affine point (x, y), public coordinates below p. */
    static P256Point affine(BigInteger x, BigInteger y) {
        P256Point p = new P256Point();
        System.arraycopy(P256Field.fromBigInteger(x), 0, p.x, 0, 4);
        System.arraycopy(P256Field.fromBigInteger(y), 0, p.y, 0, 4);
        System.arraycopy(P256Field.ONE, 0, p.z, 0, 4);
        return p;
    }

    void set(P256Point p) {
        System.arraycopy(p.x, 0, x, 0, 4);
        System.arraycopy(p.y, 0, y, 0, 4);
        System.arraycopy(p.z, 0, z, 0, 4);
    }

    /** this = mask ? p : this (mask all ones or zero), constant time. */
    void select(P256Point p, long mask) {
        Limbs.select(x, p.x, mask);
        Limbs.select(y, p.y, mask);
        Limbs.select(z, p.z, mask);
    }

    boolean isIdentity() {
        return Limbs.isZeroMask(z) != 0;
    }

    /** Affine x and y, {@code out[0]}, {@code out[1]}; constant time. */
    long[][] toAffine() {
        long[] zInv = new long[4];
        P256Field.invert(zInv, z);
        long[] ax = new long[4];
        long[] ay = new long[4];
        P256Field.mul(ax, x, zInv);
        P256Field.mul(ay, y, zInv);
        return new long[][] {ax, ay};
    }

    /** Whether the affine point (x, y) satisfies y² = x³ − 3x + b. */
    static boolean onCurve(long[] x, long[] y) {
        long[] lhs = new long[4];
        long[] rhs = new long[4];
        long[] t = new long[4];
        P256Field.sqr(lhs, y);
        P256Field.sqr(rhs, x);
        P256Field.mul(rhs, rhs, x);
        P256Field.add(t, x, x);
        P256Field.add(t, t, x);
        P256Field.sub(rhs, rhs, t);
        P256Field.add(rhs, rhs, P256Formulas.B);
        P256Field.sub(t, lhs, rhs);
        return Limbs.isZeroMask(t) != 0;
    }
}
