package dev.citadel.corecrypto.internal.ec.p384;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.internal.ec.Rfc6979Nonces;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * ECDSA and ECDH on P-384 with Citadel's own arithmetic (52-bit limbs, Jacobian coordinates, signed
 * windows, Bernstein–Yang inversion), organised as P-256's ({@code p256.P256}).
 *
 * <h2>Security guarantees</h2>
 * Operations on secrets (key generation, d·G, signing, ECDH) run in time independent of the secret
 * scalar and nonce: no branch, loop bound or memory index depends on them (see docs/crypto-engines.md,
 * "Fast EC engine"). Verification handles public data only and is variable time.
 *
 * <h2>Does not</h2>
 * validate encodings: callers pass scalars in [1, n); points arrive as {@link PublicKey}, which checks
 * range and curve equation once.
 */
public final class P384 {

    private static final BigInteger N = P384Scalar.N;
    private static final BigInteger P = P384Field.P;

    private P384() {}

    /**
     * A validated public point in the engine's representation. Thread-safe; what it builds lazily for
     * repeated use (the ECDH table of multiples at the first agreement, the verification tables at the
     * second verification) is immutable once published.
     */
    public static final class PublicKey {
        /** Verifications after which the per-key tables pay for themselves (they cost about one verification). */
        static final int PREPARE_AFTER = 1;

        private final long[] x;
        private final long[] y;
        private volatile long[] multiples;
        private volatile P384Verify.Prepared prepared;
        private int verifications; // racy on purpose: it only decides when to build the tables

        private PublicKey(long[] x, long[] y) {
            this.x = x;
            this.y = y;
        }

        /** Checks 0 ≤ x, y < p and the curve equation; throws {@link IllegalArgumentException} otherwise. */
        public static PublicKey of(BigInteger x, BigInteger y) {
            if (x.signum() < 0 || y.signum() < 0 || x.compareTo(P) >= 0 || y.compareTo(P) >= 0) {
                throw new IllegalArgumentException("coordinate outside [0, p)");
            }
            long[] fx = P384Field.fromBigInteger(x);
            long[] fy = P384Field.fromBigInteger(y);
            if (!P384Point.onCurve(fx, fy)) {
                throw new IllegalArgumentException("point not on P-384");
            }
            return new PublicKey(fx, fy);
        }

        private long[] multiples() {
            long[] m = multiples;
            if (m == null) {
                m = P384Multiply.multiplesTable(x, y);
                multiples = m;
            }
            return m;
        }

        private P384Point verifyCombination(byte[] u1, byte[] u2) {
            P384Verify.Prepared p = prepared;
            if (p == null && verifications++ >= PREPARE_AFTER) {
                p = P384Verify.prepare(x, y);
                prepared = p;
            }
            return p != null ? P384Verify.combination(u1, u2, p) : P384Verify.combination(u1, u2, x, y);
        }
    }

    /** A scalar in [1, n) by rejection sampling (FIPS 186-5 §A.2.2), 48 big-endian bytes. */
    public static byte[] randomScalar(RandomSource random) {
        byte[] d = new byte[P384Limbs.BYTES];
        while (true) {
            random.nextBytes(d);
            long[] limbs = P384Limbs.fromBytes(d, 0);
            long ok = P384Limbs.lessThanMask(limbs, P384Scalar.ORDER) & ~P384Limbs.isZeroMask(limbs);
            Arrays.fill(limbs, 0);
            if (ok != 0) {
                return d;
            }
        }
    }

    /** d·G as affine {x, y}. Constant time in d. */
    public static BigInteger[] publicPoint(byte[] d) {
        long[][] a = P384Multiply.base(d).toAffine();
        return new BigInteger[] {P384Field.toBigInteger(a[0]), P384Field.toBigInteger(a[1])};
    }

    /** The ECDH shared x-coordinate of d·Q, 48 bytes. Constant time in d. */
    public static byte[] agree(byte[] d, PublicKey q) {
        P384Point shared = P384Multiply.multiply(d, q.multiples());
        if (shared.isIdentity()) {
            throw new IllegalStateException("ECDH result is the identity: the scalar was not in [1, n)");
        }
        byte[] out = new byte[P384Limbs.BYTES];
        P384Field.toBytes(shared.toAffine()[0], out, 0);
        return out;
    }

    /**
     * ECDSA (FIPS 186-5 §6.4.1) over a digest, P1363 {@code r || s}, k from {@code nonces}. Constant time
     * in d and k.
     */
    public static byte[] sign(byte[] d, byte[] digest, Rfc6979Nonces nonces) {
        long[] dm = P384Scalar.toMontgomery(P384Limbs.fromBytes(d, 0));
        long[] em = P384Scalar.toMontgomery(digestInteger(digest));
        long[] km = new long[P384Limbs.LIMBS];
        long[] kinv = new long[P384Limbs.LIMBS];
        long[] t = new long[P384Limbs.LIMBS];
        byte[] xBytes = new byte[P384Limbs.BYTES];
        try {
            while (true) {
                byte[] k = nonces.next();
                long[][] affine = P384Multiply.base(k).toAffine();
                P384Field.toBytes(affine[0], xBytes, 0);
                long[] rm = P384Scalar.toMontgomery(P384Limbs.fromBytes(xBytes, 0)); // r = x mod n
                long[] kPlain = P384Limbs.fromBytes(k, 0);
                Arrays.fill(k, (byte) 0);
                System.arraycopy(P384Scalar.toMontgomery(kPlain), 0, km, 0, P384Limbs.LIMBS);
                Arrays.fill(kPlain, 0);
                P384Scalar.invert(kinv, km);
                P384Scalar.mul(t, rm, dm);
                P384Scalar.add(t, t, em);
                P384Scalar.mul(t, t, kinv);
                long[] r = P384Scalar.fromMontgomery(rm);
                long[] s = P384Scalar.fromMontgomery(t);
                if (P384Limbs.isZeroMask(r) != 0 || P384Limbs.isZeroMask(s) != 0) {
                    continue; // probability about 2^-255; r and s are public outputs
                }
                byte[] out = new byte[2 * P384Limbs.BYTES];
                P384Limbs.toBytes(r, out, 0);
                P384Limbs.toBytes(s, out, P384Limbs.BYTES);
                return out;
            }
        } finally {
            Arrays.fill(dm, 0);
            Arrays.fill(km, 0);
            Arrays.fill(kinv, 0);
            Arrays.fill(t, 0);
        }
    }

    /** ECDSA verification (FIPS 186-5 §6.4.2) of a P1363 signature. Variable time: public inputs. */
    public static boolean verify(PublicKey q, byte[] digest, byte[] p1363) {
        if (p1363.length != 2 * P384Limbs.BYTES) {
            return false;
        }
        long[] r = P384Limbs.fromBytes(p1363, 0);
        long[] s = P384Limbs.fromBytes(p1363, P384Limbs.BYTES);
        if (P384Limbs.isZeroMask(r) != 0 || P384Limbs.isZeroMask(s) != 0
                || P384Limbs.lessThanMask(r, P384Scalar.ORDER) == 0 || P384Limbs.lessThanMask(s, P384Scalar.ORDER) == 0) {
            return false;
        }
        long[] w = new long[P384Limbs.LIMBS];
        P384Scalar.invertVartime(w, P384Scalar.toMontgomery(s));
        long[] u = new long[P384Limbs.LIMBS];
        byte[] u1 = new byte[P384Limbs.BYTES];
        byte[] u2 = new byte[P384Limbs.BYTES];
        P384Scalar.mul(u, P384Scalar.toMontgomery(digestInteger(digest)), w);
        P384Limbs.toBytes(P384Scalar.fromMontgomery(u), u1, 0);
        P384Scalar.mul(u, P384Scalar.toMontgomery(r), w);
        P384Limbs.toBytes(P384Scalar.fromMontgomery(u), u2, 0);
        P384Point sum = q.verifyCombination(u1, u2);
        if (sum.isIdentity()) {
            return false;
        }
        // x(R) mod n == r  ⇔  X == r'·Z² for r' = r or r + n (when below p): no inversion needed
        long[] zz = new long[P384Field.LIMBS];
        long[] t = new long[P384Field.LIMBS];
        P384Field.sqr(zz, sum.z);
        byte[] rBytes = Arrays.copyOf(p1363, P384Limbs.BYTES);
        P384Field.mul(t, P384Field.fromBytes(rBytes, 0), zz);
        if (P384Field.equalMask(t, sum.x, t) != 0) {
            return true;
        }
        BigInteger r2 = new BigInteger(1, rBytes).add(N);
        if (r2.compareTo(P) < 0) {
            P384Field.mul(t, P384Field.fromBigInteger(r2), zz);
            return P384Field.equalMask(t, sum.x, t) != 0;
        }
        return false;
    }

    /** bits2int(digest) (FIPS 186-5 §6.4.1, RFC 6979 §2.3.2): the leftmost 384 bits as 6 limbs. */
    private static long[] digestInteger(byte[] digest) {
        byte[] e = new byte[P384Limbs.BYTES];
        int n = Math.min(digest.length, P384Limbs.BYTES);
        System.arraycopy(digest, 0, e, P384Limbs.BYTES - n, n);
        return P384Limbs.fromBytes(e, 0);
    }
}
