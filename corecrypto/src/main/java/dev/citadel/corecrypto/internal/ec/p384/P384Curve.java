package dev.citadel.corecrypto.internal.ec.p384;

import java.math.BigInteger;

/** P-384's base point and the batch conversion of public points to affine form, shared by the multipliers. */
final class P384Curve {

    static final long[] GX = P384Field.fromBigInteger(
            new BigInteger("aa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7", 16));
    static final long[] GY = P384Field.fromBigInteger(
            new BigInteger("3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5f", 16));

    private P384Curve() {}

    /**
     * The affine (x, y) of each point as consecutive {@link P384Multiply#ENTRY}-long entries, with one
     * inversion for all (Montgomery's trick). VARIABLE TIME: public points only, none the identity.
     */
    static long[] normalize(P384Point[] points) {
        int n = points.length;
        long[][] prefix = new long[n][];
        prefix[0] = points[0].z.clone();
        for (int i = 1; i < n; i++) {
            prefix[i] = new long[P384Field.LIMBS];
            P384Field.mul(prefix[i], prefix[i - 1], points[i].z);
        }
        long[] inverse = new long[P384Field.LIMBS];
        P384Field.invertVartime(inverse, prefix[n - 1]);
        long[] out = new long[n * P384Multiply.ENTRY];
        long[] zInv = new long[P384Field.LIMBS];
        long[] zz = new long[P384Field.LIMBS];
        long[] t = new long[P384Field.LIMBS];
        for (int i = n - 1; i >= 0; i--) {
            if (i > 0) {
                P384Field.mul(zInv, inverse, prefix[i - 1]);
                P384Field.mul(inverse, inverse, points[i].z);
            } else {
                P384Field.copy(zInv, inverse);
            }
            P384Field.sqr(zz, zInv);
            P384Field.mul(t, points[i].x, zz);
            System.arraycopy(t, 0, out, i * P384Multiply.ENTRY, P384Field.LIMBS);
            P384Field.mul(zz, zz, zInv);
            P384Field.mul(t, points[i].y, zz);
            System.arraycopy(t, 0, out, i * P384Multiply.ENTRY + P384Field.LIMBS, P384Field.LIMBS);
        }
        return out;
    }
}
