package dev.citadel.corecrypto.internal.ec.p384;

/**
 * A P-384 point in Jacobian coordinates (X, Y, Z), x = X/Z², y = Y/Z³, coordinates {@link P384Field}
 * elements; the identity has Z ≡ 0. Mutable: scalar multiplication updates points in place.
 */
final class P384Point {

    final long[] x = new long[P384Field.LIMBS];
    final long[] y = new long[P384Field.LIMBS];
    final long[] z = new long[P384Field.LIMBS];

    /** The identity (1, 1, 0). */
    static P384Point identity() {
        P384Point p = new P384Point();
        P384Field.copy(p.x, P384FieldArithmetic.ONE);
        P384Field.copy(p.y, P384FieldArithmetic.ONE);
        return p;
    }

    /** The affine point (x, y) (field elements) with Z = 1. */
    static P384Point affine(long[] x, long[] y) {
        P384Point p = new P384Point();
        P384Field.copy(p.x, x);
        P384Field.copy(p.y, y);
        P384Field.copy(p.z, P384FieldArithmetic.ONE);
        return p;
    }

    void set(P384Point p) {
        P384Field.copy(x, p.x);
        P384Field.copy(y, p.y);
        P384Field.copy(z, p.z);
    }

    /** this = mask ? p : this (mask all ones or zero), constant time. */
    void select(P384Point p, long mask) {
        P384Field.select(x, p.x, mask);
        P384Field.select(y, p.y, mask);
        P384Field.select(z, p.z, mask);
    }

    /** All ones when this is the identity. Constant time. */
    long identityMask() {
        return P384Field.isZeroMask(z);
    }

    boolean isIdentity() {
        return identityMask() != 0;
    }

    /**
     * The affine coordinates {x, y} as field elements (Montgomery domain); the identity gives (0, 0).
     * Constant time (the inversion of Z is).
     */
    long[][] toAffine() {
        long[] zInv = new long[P384Field.LIMBS];
        long[] t = new long[P384Field.LIMBS];
        P384Field.invert(zInv, z);
        long[] ax = new long[P384Field.LIMBS];
        long[] ay = new long[P384Field.LIMBS];
        P384Field.sqr(t, zInv);
        P384Field.mul(ax, x, t);
        P384Field.mul(t, t, zInv);
        P384Field.mul(ay, y, t);
        return new long[][] {ax, ay};
    }

    /** Whether the affine point (x, y) (field elements) satisfies y² = x³ − 3x + b. */
    static boolean onCurve(long[] x, long[] y) {
        long[] lhs = new long[P384Field.LIMBS];
        long[] rhs = new long[P384Field.LIMBS];
        long[] t = new long[P384Field.LIMBS];
        P384Field.sqr(lhs, y);
        P384Field.sqr(rhs, x);
        P384Field.mul(rhs, rhs, x);
        P384Field.mulSmall(t, x, 3);
        P384Field.sub(rhs, rhs, t);
        P384Field.add(rhs, rhs, P384Formulas.B);
        return P384Field.equalMask(lhs, rhs, t) != 0;
    }
}
