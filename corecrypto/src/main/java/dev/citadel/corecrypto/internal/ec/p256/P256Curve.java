package dev.citadel.corecrypto.internal.ec.p256;

import java.math.BigInteger;

/** P-256's base point and the batch conversion of public points to affine form, shared by the multipliers. */
final class P256Curve {

    static final long[] GX = P256Field.fromBigInteger(
            new BigInteger("6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296", 16));
    static final long[] GY = P256Field.fromBigInteger(
            new BigInteger("4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5", 16));

    private P256Curve() {}

    /**
     * The affine (x, y) of each point as consecutive {@link P256Multiply#ENTRY}-long entries, with one
     * inversion for all (Montgomery's trick). VARIABLE TIME: public points only, none the identity.
     */
    static long[] normalize(P256Point[] points) {
        int n = points.length;
        long[][] prefix = new long[n][];
        prefix[0] = points[0].z.clone();
        for (int i = 1; i < n; i++) {
            prefix[i] = new long[P256Field.LIMBS];
            P256Field.mul(prefix[i], prefix[i - 1], points[i].z);
        }
        long[] inverse = new long[P256Field.LIMBS];
        P256Field.invertVartime(inverse, prefix[n - 1]);
        long[] out = new long[n * P256Multiply.ENTRY];
        long[] zInv = new long[P256Field.LIMBS];
        long[] zz = new long[P256Field.LIMBS];
        long[] t = new long[P256Field.LIMBS];
        for (int i = n - 1; i >= 0; i--) {
            if (i > 0) {
                P256Field.mul(zInv, inverse, prefix[i - 1]);
                P256Field.mul(inverse, inverse, points[i].z);
            } else {
                P256Field.copy(zInv, inverse);
            }
            P256Field.sqr(zz, zInv);
            P256Field.mul(t, points[i].x, zz);
            System.arraycopy(t, 0, out, i * P256Multiply.ENTRY, P256Field.LIMBS);
            P256Field.mul(zz, zz, zInv);
            P256Field.mul(t, points[i].y, zz);
            System.arraycopy(t, 0, out, i * P256Multiply.ENTRY + P256Field.LIMBS, P256Field.LIMBS);
        }
        return out;
    }
}
