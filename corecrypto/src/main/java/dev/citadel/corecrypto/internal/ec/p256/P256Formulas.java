package dev.citadel.corecrypto.internal.ec.p256;

import dev.citadel.corecrypto.ec.EcCurve;

/**
 * Complete addition and doubling for a = −3 (Renes, Costello, Batina, "Complete addition formulas for
 * prime order elliptic curves", EUROCRYPT 2016, Algorithms 4 and 6). Complete: correct for every pair of
 * inputs, the identity and P + P included, so no input takes a special branch. Constant time.
 *
 * <p>Holds scratch registers: one instance per thread and per computation, never shared.
 */
final class P256Formulas {

    /** The curve coefficient b. */
    static final long[] B = P256Field.fromBigInteger(EcCurve.P_256.b());

    private final long[] t0 = new long[4];
    private final long[] t1 = new long[4];
    private final long[] t2 = new long[4];
    private final long[] t3 = new long[4];
    private final long[] t4 = new long[4];
    private final long[] x3 = new long[4];
    private final long[] y3 = new long[4];
    private final long[] z3 = new long[4];

    /** r = p + q; r may be p or q. Algorithm 4, 12M + 2m_b + 29a. */
    void add(P256Point r, P256Point p, P256Point q) {
        P256Field.mul(t0, p.x, q.x);
        P256Field.mul(t1, p.y, q.y);
        P256Field.mul(t2, p.z, q.z);
        P256Field.add(t3, p.x, p.y);
        P256Field.add(t4, q.x, q.y);
        P256Field.mul(t3, t3, t4);
        P256Field.add(t4, t0, t1);
        P256Field.sub(t3, t3, t4);
        P256Field.add(t4, p.y, p.z);
        P256Field.add(x3, q.y, q.z);
        P256Field.mul(t4, t4, x3);
        P256Field.add(x3, t1, t2);
        P256Field.sub(t4, t4, x3);
        P256Field.add(x3, p.x, p.z);
        P256Field.add(y3, q.x, q.z);
        P256Field.mul(x3, x3, y3);
        P256Field.add(y3, t0, t2);
        P256Field.sub(y3, x3, y3);
        P256Field.mul(z3, B, t2);
        P256Field.sub(x3, y3, z3);
        P256Field.add(z3, x3, x3);
        P256Field.add(x3, x3, z3);
        P256Field.sub(z3, t1, x3);
        P256Field.add(x3, t1, x3);
        P256Field.mul(y3, B, y3);
        P256Field.add(t1, t2, t2);
        P256Field.add(t2, t1, t2);
        P256Field.sub(y3, y3, t2);
        P256Field.sub(y3, y3, t0);
        P256Field.add(t1, y3, y3);
        P256Field.add(y3, t1, y3);
        P256Field.add(t1, t0, t0);
        P256Field.add(t0, t1, t0);
        P256Field.sub(t0, t0, t2);
        P256Field.mul(t1, t4, y3);
        P256Field.mul(t2, t0, y3);
        P256Field.mul(y3, x3, z3);
        P256Field.add(y3, y3, t2);
        P256Field.mul(x3, t3, x3);
        P256Field.sub(x3, x3, t1);
        P256Field.mul(z3, t4, z3);
        P256Field.mul(t1, t3, t0);
        P256Field.add(z3, z3, t1);
        System.arraycopy(x3, 0, r.x, 0, 4);
        System.arraycopy(y3, 0, r.y, 0, 4);
        System.arraycopy(z3, 0, r.z, 0, 4);
    }

    /**
     * p = 2p in Jacobian coordinates (x = X/Z², y = Y/Z³), EFD dbl-2001-b for a = −3: 3M + 5S, against
     * 8M + 3S + 2m_b for {@link #dbl}. Branch-free; no exceptional case on a prime-order curve (no point of
     * order 2), and Z = 0 stays 0. Used between conversions {@link #toJacobian} / {@link #fromJacobian}.
     */
    void dblJacobian(P256Point p) {
        long[] delta = t0, gamma = t1, beta = t2, alpha = t3, s = t4;
        P256Field.sqr(delta, p.z);
        P256Field.sqr(gamma, p.y);
        P256Field.mul(beta, p.x, gamma);
        P256Field.sub(s, p.x, delta);
        P256Field.add(alpha, p.x, delta);
        P256Field.mul(alpha, alpha, s);
        P256Field.add(s, alpha, alpha);
        P256Field.add(alpha, alpha, s);
        P256Field.add(s, p.y, p.z);
        P256Field.sqr(s, s);
        P256Field.sub(s, s, gamma);
        P256Field.sub(p.z, s, delta);
        P256Field.add(beta, beta, beta);
        P256Field.add(beta, beta, beta);
        P256Field.sqr(s, alpha);
        P256Field.sub(s, s, beta);
        P256Field.sub(p.x, s, beta);
        P256Field.sub(beta, beta, p.x);
        P256Field.mul(beta, alpha, beta);
        P256Field.sqr(gamma, gamma);
        P256Field.add(gamma, gamma, gamma);
        P256Field.add(gamma, gamma, gamma);
        P256Field.add(gamma, gamma, gamma);
        P256Field.sub(p.y, beta, gamma);
    }

    /** Projective (X : Y : Z) to Jacobian (X·Z, Y·Z², Z), in place; the identity becomes (0, 0, 0). */
    void toJacobian(P256Point p) {
        P256Field.mul(p.x, p.x, p.z);
        P256Field.sqr(t0, p.z);
        P256Field.mul(p.y, p.y, t0);
    }

    /**
     * Jacobian to projective (X·Z : Y : Z³), in place. A Z of 0 (the identity) gets Y = 1 by a masked
     * select, so the result is the projective identity (0 : 1 : 0) the complete formulas expect.
     */
    void fromJacobian(P256Point p) {
        P256Field.mul(p.x, p.x, p.z);
        P256Field.sqr(t0, p.z);
        P256Field.mul(p.z, p.z, t0);
        Limbs.select(p.y, P256Field.ONE, Limbs.isZeroMask(p.z));
    }

    /** r = 2p; r may be p. Algorithm 6, 8M + 3S + 2m_b + 21a. */
    void dbl(P256Point r, P256Point p) {
        P256Field.sqr(t0, p.x);
        P256Field.sqr(t1, p.y);
        P256Field.sqr(t2, p.z);
        P256Field.mul(t3, p.x, p.y);
        P256Field.add(t3, t3, t3);
        P256Field.mul(z3, p.x, p.z);
        P256Field.add(z3, z3, z3);
        P256Field.mul(y3, B, t2);
        P256Field.sub(y3, y3, z3);
        P256Field.add(x3, y3, y3);
        P256Field.add(y3, x3, y3);
        P256Field.sub(x3, t1, y3);
        P256Field.add(y3, t1, y3);
        P256Field.mul(y3, x3, y3);
        P256Field.mul(x3, x3, t3);
        P256Field.add(t3, t2, t2);
        P256Field.add(t2, t2, t3);
        P256Field.mul(z3, B, z3);
        P256Field.sub(z3, z3, t2);
        P256Field.sub(z3, z3, t0);
        P256Field.add(t3, z3, z3);
        P256Field.add(z3, z3, t3);
        P256Field.add(t3, t0, t0);
        P256Field.add(t0, t3, t0);
        P256Field.sub(t0, t0, t2);
        P256Field.mul(t0, t0, z3);
        P256Field.add(y3, y3, t0);
        P256Field.mul(t0, p.y, p.z);
        P256Field.add(t0, t0, t0);
        P256Field.mul(z3, t0, z3);
        P256Field.sub(x3, x3, z3);
        P256Field.mul(z3, t0, t1);
        P256Field.add(z3, z3, z3);
        P256Field.add(z3, z3, z3);
        System.arraycopy(x3, 0, r.x, 0, 4);
        System.arraycopy(y3, 0, r.y, 0, 4);
        System.arraycopy(z3, 0, r.z, 0, 4);
    }
}
