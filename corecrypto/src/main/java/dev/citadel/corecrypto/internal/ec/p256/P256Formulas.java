package dev.citadel.corecrypto.internal.ec.p256;

import static dev.citadel.corecrypto.internal.ec.p256.P256Field.add;
import static dev.citadel.corecrypto.internal.ec.p256.P256Field.isZeroMask;
import static dev.citadel.corecrypto.internal.ec.p256.P256Field.mul;
import static dev.citadel.corecrypto.internal.ec.p256.P256Field.mulSmall;
import static dev.citadel.corecrypto.internal.ec.p256.P256Field.sqr;
import static dev.citadel.corecrypto.internal.ec.p256.P256Field.sub;

import dev.citadel.corecrypto.ec.EcCurve;

/**
 * Jacobian-coordinate formulas for a = −3 from the Explicit-Formulas Database: dbl-2001-b (doubling),
 * madd-2004-hmv (adding an affine point), add-2007-bl (adding a Jacobian point), the Z3 of the doubling
 * and of add-2007-bl computed as a product (2·Y·Z, 2·Z1·Z2·H). The formulas are straight-line field arithmetic, so constant time;
 * they are not complete. Doubling has no exceptional case on P-256 (no point of order 2; the identity
 * stays the identity). The additions are wrong when an input is the identity or when the inputs are
 * equal or opposite: they return a mask flagging the equal case (H = 0 and R = 0), and the callers
 * handle the rest (see {@link P256Multiply}: masks on secret paths, branches on public ones).
 *
 * <p>Holds scratch registers: one instance per thread and per computation, never shared.
 */
final class P256Formulas {

    /** The curve coefficient b. */
    static final long[] B = P256Field.fromBigInteger(EcCurve.P_256.b());

    private final long[] t0 = new long[P256Field.LIMBS];
    private final long[] t1 = new long[P256Field.LIMBS];
    private final long[] t2 = new long[P256Field.LIMBS];
    private final long[] t3 = new long[P256Field.LIMBS];
    private final long[] t4 = new long[P256Field.LIMBS];
    private final long[] t5 = new long[P256Field.LIMBS];
    private final long[] t6 = new long[P256Field.LIMBS];
    private final long[] t7 = new long[P256Field.LIMBS];
    private final long[] x3 = new long[P256Field.LIMBS];
    private final long[] y3 = new long[P256Field.LIMBS];
    private final long[] z3 = new long[P256Field.LIMBS];

    /** r = 2p; r may be p. 4M + 4S. */
    void dbl(P256Point r, P256Point p) {
        long[] delta = t0, gamma = t1, beta = t2, alpha = t3, s = t4;
        sqr(delta, p.z);
        sqr(gamma, p.y);
        mul(beta, p.x, gamma);
        sub(s, p.x, delta);
        add(alpha, p.x, delta);
        mul(alpha, alpha, s);
        mulSmall(alpha, alpha, 3); // α = 3(X − δ)(X + δ)
        mul(z3, p.y, p.z);
        add(z3, z3, z3); // Z3 = 2·Y·Z
        sqr(x3, alpha);
        mulSmall(s, beta, 8);
        sub(x3, x3, s); // X3 = α² − 8β
        mulSmall(s, beta, 4);
        sub(s, s, x3);
        mul(y3, alpha, s);
        sqr(gamma, gamma);
        mulSmall(gamma, gamma, 8);
        sub(y3, y3, gamma); // Y3 = α(4β − X3) − 8γ²
        store(r);
    }

    /**
     * r = p + (x2, y2) for an affine (x2, y2); r may be p. madd-2004-hmv, 8M + 3S and seven additions.
     * Returns all ones when p equals (x2, y2) (the result is then wrong: the caller doubles instead); wrong
     * too, unflagged, when p is the identity. p = −(x2, y2) gives Z3 = 0, the identity, correctly.
     */
    long madd(P256Point r, P256Point p, long[] x2, long[] y2) {
        long[] z1z1 = t0, s2 = t1, h = t2, rr = t3, hh = t4, hhh = t5, v = t6;
        sqr(z1z1, p.z);
        mul(s2, p.z, z1z1);
        mul(h, z1z1, x2);
        mul(s2, s2, y2);
        sub(h, h, p.x); // H = X2·Z1² − X1
        sub(rr, s2, p.y); // R = Y2·Z1³ − Y1
        long doubling = isZeroMask(h) & isZeroMask(rr);
        mul(z3, p.z, h); // Z3 = Z1·H
        sqr(hh, h);
        mul(hhh, h, hh);
        mul(v, hh, p.x); // V = X1·H²
        sqr(x3, rr);
        sub(x3, x3, hhh);
        sub(x3, x3, v);
        sub(x3, x3, v); // X3 = R² − H³ − 2V
        sub(v, v, x3);
        mul(y3, v, rr);
        mul(hhh, hhh, p.y);
        sub(y3, y3, hhh); // Y3 = R(V − X3) − Y1·H³
        store(r);
        return doubling;
    }

    /**
     * r = p + q, both Jacobian; r may be p or q. 12M + 4S. Returns all ones when p = q (the result is then
     * wrong); wrong too, unflagged, when an input is the identity or p = −q.
     */
    long jadd(P256Point r, P256Point p, P256Point q) {
        long[] z1z1 = t0, z2z2 = t1, u1 = t2, u2 = t3, s1 = t4, s2 = t5, h = t6, i = t7;
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
        long doubling = isZeroMask(h) & isZeroMask(s2);
        add(i, h, h);
        sqr(i, i); // I = (2H)²
        long[] j = z2z2, rr = s2, v = u2;
        mul(z3, p.z, q.z);
        mul(z3, z3, h);
        add(z3, z3, z3); // Z3 = 2·Z1·Z2·H
        mul(j, h, i);
        add(rr, rr, rr);
        mul(v, u1, i);
        sqr(x3, rr);
        sub(x3, x3, j);
        sub(x3, x3, v);
        sub(x3, x3, v); // X3 = r² − J − 2V
        sub(u1, v, x3);
        mul(y3, rr, u1);
        mul(s1, s1, j);
        add(s1, s1, s1);
        sub(y3, y3, s1); // Y3 = r(V − X3) − 2·S1·J
        store(r);
        return doubling;
    }

    private void store(P256Point r) {
        P256Field.copy(r.x, x3);
        P256Field.copy(r.y, y3);
        P256Field.copy(r.z, z3);
    }
}
