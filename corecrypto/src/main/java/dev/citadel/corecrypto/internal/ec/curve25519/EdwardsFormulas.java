package dev.citadel.corecrypto.internal.ec.curve25519;

/**
 * Point doubling and addition on edwards25519 in extended coordinates (Hisil–Wong–Carter–Dawson 2008,
 * §3.1–3.3, a = −1: "dbl-2008-hwcd" and "add-2008-hwcd-3"). The addition is complete on edwards25519
 * (d is not a square): one code path for every pair of points, the identity and P + P included, so the
 * constant-time scalar multiplications need no special cases. Each operation ends with the four
 * products X₃ = E·F, Y₃ = G·H, Z₃ = F·G, T₃ = E·H; T₃ is skipped ({@code withT} false) when the next
 * operation is a doubling, which does not read T.
 *
 * <p>Holds temporaries: one instance per thread and operation. Outputs may alias inputs.
 */
final class EdwardsFormulas {

    /** An affine point as (y + x, y − x, 2d·x·y) ("Niels" form), for precomputed tables. */
    static final class Niels {
        final long[] yPlusX = new long[5];
        final long[] yMinusX = new long[5];
        final long[] xy2d = new long[5];
    }

    /** A projective point as (Y + X, Y − X, 2Z, 2d·T), for variable-base tables. */
    static final class Cached {
        final long[] yPlusX = new long[5];
        final long[] yMinusX = new long[5];
        final long[] z2 = new long[5];
        final long[] t2d = new long[5];
    }

    private final long[] a = new long[5];
    private final long[] b = new long[5];
    private final long[] c = new long[5];
    private final long[] d = new long[5];
    private final long[] e = new long[5];
    private final long[] f = new long[5];
    private final long[] g = new long[5];
    private final long[] h = new long[5];

    /** r = 2p. */
    void dbl(EdwardsPoint r, EdwardsPoint p, boolean withT) {
        Field25519.sqr(a, p.x); // A = X²
        Field25519.sqr(b, p.y); // B = Y²
        Field25519.sqr(c, p.z);
        Field25519.add(c, c, c); // C = 2Z² (below 2^53)
        Field25519.add(h, a, b); // −H = A + B (below 2^53)
        Field25519.sub(g, b, a); // G = B − A (a = −1)
        Field25519.add(e, p.x, p.y);
        Field25519.sqr(e, e);
        Field25519.sub(e, e, h); // E = (X + Y)² − A − B
        Field25519.sub(f, c, g); // −F = C − G
        // (E·(−F) : G·(−H) : (−F)·G : E·(−H)) is the same projective point as (E·F : G·H : F·G : E·H)
        finish(r, withT);
    }

    /** r = p + q. */
    void add(EdwardsPoint r, EdwardsPoint p, Cached q, boolean withT) {
        Field25519.sub(a, p.y, p.x);
        Field25519.mul(a, a, q.yMinusX); // A = (Y₁ − X₁)(Y₂ − X₂)
        Field25519.add(b, p.y, p.x);
        Field25519.mul(b, b, q.yPlusX); // B = (Y₁ + X₁)(Y₂ + X₂)
        Field25519.mul(c, p.t, q.t2d); // C = 2d·T₁·T₂
        Field25519.mul(d, p.z, q.z2); // D = 2Z₁·Z₂
        combine(false);
        finish(r, withT);
    }

    /** r = p − q. */
    void sub(EdwardsPoint r, EdwardsPoint p, Cached q, boolean withT) {
        Field25519.sub(a, p.y, p.x);
        Field25519.mul(a, a, q.yPlusX);
        Field25519.add(b, p.y, p.x);
        Field25519.mul(b, b, q.yMinusX);
        Field25519.mul(c, p.t, q.t2d);
        Field25519.mul(d, p.z, q.z2);
        combine(true);
        finish(r, withT);
    }

    /** r = p + q for an affine q (Z₂ = 1). */
    void add(EdwardsPoint r, EdwardsPoint p, Niels q, boolean withT) {
        Field25519.sub(a, p.y, p.x);
        Field25519.mul(a, a, q.yMinusX);
        Field25519.add(b, p.y, p.x);
        Field25519.mul(b, b, q.yPlusX);
        Field25519.mul(c, p.t, q.xy2d);
        Field25519.add(d, p.z, p.z); // D = 2Z₁ (below 2^53)
        combine(false);
        finish(r, withT);
    }

    /** r = p − q for an affine q. */
    void sub(EdwardsPoint r, EdwardsPoint p, Niels q, boolean withT) {
        Field25519.sub(a, p.y, p.x);
        Field25519.mul(a, a, q.yPlusX);
        Field25519.add(b, p.y, p.x);
        Field25519.mul(b, b, q.yMinusX);
        Field25519.mul(c, p.t, q.xy2d);
        Field25519.add(d, p.z, p.z);
        combine(true);
        finish(r, withT);
    }

    /** E = B − A, H = B + A, and F = D − C, G = D + C (swapped when subtracting: C changes sign). */
    private void combine(boolean negateC) {
        Field25519.sub(e, b, a);
        Field25519.add(h, b, a);
        if (negateC) { // a public, per-call-site choice: never a secret
            Field25519.add(f, d, c);
            Field25519.sub(g, d, c);
        } else {
            Field25519.sub(f, d, c);
            Field25519.add(g, d, c);
        }
    }

    private void finish(EdwardsPoint r, boolean withT) {
        Field25519.mul(r.x, e, f);
        Field25519.mul(r.y, g, h);
        Field25519.mul(r.z, f, g);
        if (withT) {
            Field25519.mul(r.t, e, h);
        }
    }

    /** q = the cached form of p. */
    static void toCached(Cached q, EdwardsPoint p) {
        Field25519.add(q.yPlusX, p.y, p.x);
        Field25519.carry(q.yPlusX);
        Field25519.sub(q.yMinusX, p.y, p.x);
        Field25519.add(q.z2, p.z, p.z);
        Field25519.carry(q.z2);
        Field25519.mul(q.t2d, p.t, EdwardsPoint.D2);
    }

    /** n = the Niels form of the affine point (x, y). */
    static void toNiels(Niels n, long[] x, long[] y) {
        Field25519.add(n.yPlusX, y, x);
        Field25519.canonical(n.yPlusX, n.yPlusX);
        Field25519.sub(n.yMinusX, y, x);
        Field25519.canonical(n.yMinusX, n.yMinusX);
        Field25519.mul(n.xy2d, x, y);
        Field25519.mul(n.xy2d, n.xy2d, EdwardsPoint.D2);
        Field25519.canonical(n.xy2d, n.xy2d);
    }
}
