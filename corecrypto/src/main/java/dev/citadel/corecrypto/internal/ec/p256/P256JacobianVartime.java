package dev.citadel.corecrypto.internal.ec.p256;

/**
 * Jacobian-coordinate arithmetic (x = X/Z², y = Y/Z³), coordinates in the Montgomery domain of
 * {@link P256FieldArithmeticVartime}, for ECDSA verification only: fewer multiplications
 * than the complete formulas, at the price of exceptional cases (P = ±Q, the identity) that are handled
 * by branches. VARIABLE TIME: never use with secret inputs. Formulas: dbl-2001-b, add-2007-bl and
 * madd-2007-bl from the Explicit-Formulas Database (a = −3), over the variable-time field code
 * {@link P256FieldArithmeticVartime}. The identity has Z = 0.
 *
 * <p>Holds scratch registers: one instance per computation.
 */
final class P256JacobianVartime {

    private static void mul(long[] r, long[] a, long[] b) {
        P256FieldArithmeticVartime.mul(r, a, b);
    }

    private static void sqr(long[] r, long[] a) {
        P256FieldArithmeticVartime.mul(r, a, a);
    }

    private static void add(long[] r, long[] a, long[] b) {
        P256FieldArithmeticVartime.add(r, a, b);
    }

    private static void sub(long[] r, long[] a, long[] b) {
        P256FieldArithmeticVartime.sub(r, a, b);
    }

    private final long[] t0 = new long[4];
    private final long[] t1 = new long[4];
    private final long[] t2 = new long[4];
    private final long[] t3 = new long[4];
    private final long[] t4 = new long[4];
    private final long[] t5 = new long[4];
    private final long[] t6 = new long[4];

    /** A public residue into this class's Montgomery domain (R = 2^256). */
    static long[] fromBigInteger(java.math.BigInteger v) {
        long[] r = Limbs.fromBigInteger(v);
        P256FieldArithmeticVartime.mul(r, r, P256FieldArithmeticVartime.R_SQUARED);
        return r;
    }

    /** A plain residue (the constant-time code's representation) into the Montgomery domain. */
    static long[] fromPlain(long[] plain) {
        long[] r = new long[4];
        P256FieldArithmeticVartime.mul(r, plain, P256FieldArithmeticVartime.R_SQUARED);
        return r;
    }

    static boolean isIdentity(P256Point p) {
        return Limbs.isZeroMask(p.z) != 0;
    }

    /** p = 2p. */
    void dbl(P256Point p) {
        if (isIdentity(p)) {
            return;
        }
        long[] delta = t0, gamma = t1, beta = t2, alpha = t3, s = t4;
        sqr(delta, p.z);
        sqr(gamma, p.y);
        mul(beta, p.x, gamma);
        sub(s, p.x, delta);
        add(alpha, p.x, delta);
        mul(alpha, alpha, s);
        add(s, alpha, alpha);
        add(alpha, alpha, s); // alpha = 3(X − δ)(X + δ)
        // Z3 = (Y + Z)² − γ − δ
        add(s, p.y, p.z);
        sqr(s, s);
        sub(s, s, gamma);
        sub(p.z, s, delta);
        // X3 = α² − 8β
        add(beta, beta, beta);
        add(beta, beta, beta); // 4β
        sqr(s, alpha);
        sub(s, s, beta);
        sub(p.x, s, beta);
        // Y3 = α(4β − X3) − 8γ²
        sub(beta, beta, p.x);
        mul(beta, alpha, beta);
        sqr(gamma, gamma);
        add(gamma, gamma, gamma);
        add(gamma, gamma, gamma);
        add(gamma, gamma, gamma);
        sub(p.y, beta, gamma);
    }

    /** p = p + q, q in Jacobian coordinates. */
    void add(P256Point p, P256Point q) {
        if (isIdentity(q)) {
            return;
        }
        if (isIdentity(p)) {
            p.set(q);
            return;
        }
        long[] z1z1 = t0, z2z2 = t1, u1 = t2, u2 = t3, s1 = t4, s2 = t5, h = t6;
        sqr(z1z1, p.z);
        sqr(z2z2, q.z);
        mul(u1, p.x, z2z2);
        mul(u2, q.x, z1z1);
        mul(s1, p.y, q.z);
        mul(s1, s1, z2z2);
        mul(s2, q.y, p.z);
        mul(s2, s2, z1z1);
        sub(h, u2, u1);
        sub(s2, s2, s1);
        if (Limbs.isZeroMask(h) != 0) {
            if (Limbs.isZeroMask(s2) != 0) {
                dbl(p);
            } else {
                java.util.Arrays.fill(p.z, 0);
            }
            return;
        }
        // Z3 = ((Z1 + Z2)² − Z1Z1 − Z2Z2)·H
        add(p.z, p.z, q.z);
        sqr(p.z, p.z);
        sub(p.z, p.z, z1z1);
        sub(p.z, p.z, z2z2);
        mul(p.z, p.z, h);
        finish(p, u1, s1, s2, h);
    }

    /** p = p + (x, y), an affine point (Montgomery domain) that is not the identity. */
    void addAffine(P256Point p, long[] x, long[] y) {
        if (isIdentity(p)) {
            System.arraycopy(x, 0, p.x, 0, 4);
            System.arraycopy(y, 0, p.y, 0, 4);
            System.arraycopy(P256FieldArithmeticVartime.ONE, 0, p.z, 0, 4);
            return;
        }
        long[] z1z1 = t0, u2 = t3, s2 = t5, h = t6, u1 = t2, s1 = t4;
        sqr(z1z1, p.z);
        mul(u2, x, z1z1);
        mul(s2, y, p.z);
        mul(s2, s2, z1z1);
        sub(h, u2, p.x);
        sub(s2, s2, p.y);
        if (Limbs.isZeroMask(h) != 0) {
            if (Limbs.isZeroMask(s2) != 0) {
                dbl(p);
            } else {
                java.util.Arrays.fill(p.z, 0);
            }
            return;
        }
        // Z3 = Z1·H·2 (the factor 2 matches add-2007-bl's I = (2H)² scaling below)
        mul(p.z, p.z, h);
        add(p.z, p.z, p.z);
        System.arraycopy(p.x, 0, u1, 0, 4);
        System.arraycopy(p.y, 0, s1, 0, 4);
        finish(p, u1, s1, s2, h);
    }

    /** Common tail: with r' = S2 − S1 (not yet doubled), I = (2H)², J = H·I, V = U1·I. */
    private void finish(P256Point p, long[] u1, long[] s1, long[] r, long[] h) {
        long[] i = t0, j = t1;
        add(i, h, h);
        sqr(i, i);
        mul(j, h, i);
        add(r, r, r);
        mul(u1, u1, i); // V
        // X3 = r² − J − 2V
        sqr(p.x, r);
        sub(p.x, p.x, j);
        sub(p.x, p.x, u1);
        sub(p.x, p.x, u1);
        // Y3 = r(V − X3) − 2·S1·J
        sub(u1, u1, p.x);
        mul(u1, r, u1);
        mul(s1, s1, j);
        add(s1, s1, s1);
        sub(p.y, u1, s1);
    }
}
