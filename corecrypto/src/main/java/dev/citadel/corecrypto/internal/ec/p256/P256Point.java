package dev.citadel.corecrypto.internal.ec.p256;

/**
 * A P-256 point in Jacobian coordinates (X, Y, Z), x = X/Z², y = Y/Z³, coordinates {@link P256Field}
 * elements; the identity has Z ≡ 0. Mutable: scalar multiplication updates points in place.
 */
final class P256Point {

    final long[] x = new long[P256Field.LIMBS];
    final long[] y = new long[P256Field.LIMBS];
    final long[] z = new long[P256Field.LIMBS];

    /** The identity (1, 1, 0). */
    static P256Point identity() {
        P256Point p = new P256Point();
        P256Field.copy(p.x, P256FieldArithmetic.ONE);
        P256Field.copy(p.y, P256FieldArithmetic.ONE);
        return p;
    }

    /** The affine point (x, y) (field elements) with Z = 1. */
    static P256Point affine(long[] x, long[] y) {
        P256Point p = new P256Point();
        P256Field.copy(p.x, x);
        P256Field.copy(p.y, y);
        P256Field.copy(p.z, P256FieldArithmetic.ONE);
        return p;
    }

    void set(P256Point p) {
        P256Field.copy(x, p.x);
        P256Field.copy(y, p.y);
        P256Field.copy(z, p.z);
    }

    /** this = mask ? p : this (mask all ones or zero), constant time. */
    void select(P256Point p, long mask) {
        P256Field.select(x, p.x, mask);
        P256Field.select(y, p.y, mask);
        P256Field.select(z, p.z, mask);
    }

    /** All ones when this is the identity. Constant time. */
    long identityMask() {
        return P256Field.isZeroMask(z);
    }

    boolean isIdentity() {
        return identityMask() != 0;
    }

    /**
     * The affine coordinates {x, y} as field elements (Montgomery domain); the identity gives (0, 0).
     * Constant time (the inversion of Z is).
     */
    long[][] toAffine() {
        long[] zInv = new long[P256Field.LIMBS];
        long[] t = new long[P256Field.LIMBS];
        P256Field.invert(zInv, z);
        long[] ax = new long[P256Field.LIMBS];
        long[] ay = new long[P256Field.LIMBS];
        P256Field.sqr(t, zInv);
        P256Field.mul(ax, x, t);
        P256Field.mul(t, t, zInv);
        P256Field.mul(ay, y, t);
        return new long[][] {ax, ay};
    }

    /** Whether the affine point (x, y) (field elements) satisfies y² = x³ − 3x + b. */
    static boolean onCurve(long[] x, long[] y) {
        long[] lhs = new long[P256Field.LIMBS];
        long[] rhs = new long[P256Field.LIMBS];
        long[] t = new long[P256Field.LIMBS];
        P256Field.sqr(lhs, y);
        P256Field.sqr(rhs, x);
        P256Field.mul(rhs, rhs, x);
        P256Field.mulSmall(t, x, 3);
        P256Field.sub(rhs, rhs, t);
        P256Field.add(rhs, rhs, P256Formulas.B);
        return P256Field.equalMask(lhs, rhs, t) != 0;
    }
}
