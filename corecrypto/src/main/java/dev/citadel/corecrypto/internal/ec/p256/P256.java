package dev.citadel.corecrypto.internal.ec.p256;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.internal.ec.Rfc6979Nonces;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * ECDSA and ECDH on P-256 with Citadel's own arithmetic (52-bit limbs, Jacobian coordinates, signed
 * windows, Bernstein–Yang inversion).
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
public final class P256 {

    private static final BigInteger N = P256Scalar.N;
    private static final BigInteger P = P256Field.P;

    private P256() {}

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
        private volatile P256Verify.Prepared prepared;
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
            long[] fx = P256Field.fromBigInteger(x);
            long[] fy = P256Field.fromBigInteger(y);
            if (!P256Point.onCurve(fx, fy)) {
                throw new IllegalArgumentException("point not on P-256");
            }
            return new PublicKey(fx, fy);
        }

        private long[] multiples() {
            long[] m = multiples;
            if (m == null) {
                m = P256Multiply.multiplesTable(x, y);
                multiples = m;
            }
            return m;
        }

        private P256Point verifyCombination(byte[] u1, byte[] u2) {
            P256Verify.Prepared p = prepared;
            if (p == null && verifications++ >= PREPARE_AFTER) {
                p = P256Verify.prepare(x, y);
                prepared = p;
            }
            return p != null ? P256Verify.combination(u1, u2, p) : P256Verify.combination(u1, u2, x, y);
        }
    }

    /**
     * The y-coordinate of the point with x-coordinate {@code x} whose parity is {@code odd} (SEC 1 §2.3.4
     * decompression), or {@code null} if no point of P-256 has that x. Public data: variable time.
     */
    public static BigInteger decompressY(BigInteger x, boolean odd) {
        if (x.signum() < 0 || x.compareTo(P) >= 0) {
            return null;
        }
        long[] fx = P256Field.fromBigInteger(x);
        long[] rhs = new long[P256Field.LIMBS];
        long[] t = new long[P256Field.LIMBS];
        P256Field.sqr(rhs, fx);
        P256Field.mul(rhs, rhs, fx);
        P256Field.mulSmall(t, fx, 3);
        P256Field.sub(rhs, rhs, t);
        P256Field.add(rhs, rhs, P256Formulas.B);
        long[] y = new long[P256Field.LIMBS];
        if (!P256Field.sqrt(y, rhs)) {
            return null;
        }
        BigInteger yi = P256Field.toBigInteger(y);
        return yi.testBit(0) == odd ? yi : P.subtract(yi).mod(P);
    }

    /** A scalar in [1, n) by rejection sampling (FIPS 186-5 §A.2.2), 32 big-endian bytes. */
    public static byte[] randomScalar(RandomSource random) {
        byte[] d = new byte[32];
        while (true) {
            random.nextBytes(d);
            long[] limbs = Limbs.fromBytes(d, 0);
            long ok = Limbs.lessThanMask(limbs, P256Scalar.ORDER) & ~Limbs.isZeroMask(limbs);
            Arrays.fill(limbs, 0);
            if (ok != 0) {
                return d;
            }
        }
    }

    /** d·G as affine {x, y}. Constant time in d. */
    public static BigInteger[] publicPoint(byte[] d) {
        long[][] a = P256Multiply.base(d).toAffine();
        return new BigInteger[] {P256Field.toBigInteger(a[0]), P256Field.toBigInteger(a[1])};
    }

    /** The ECDH shared x-coordinate of d·Q, 32 bytes. Constant time in d. */
    public static byte[] agree(byte[] d, PublicKey q) {
        P256Point shared = P256Multiply.multiply(d, q.multiples());
        if (shared.isIdentity()) {
            throw new IllegalStateException("ECDH result is the identity: the scalar was not in [1, n)");
        }
        byte[] out = new byte[32];
        P256Field.toBytes(shared.toAffine()[0], out, 0);
        return out;
    }

    /**
     * ECDSA (FIPS 186-5 §6.4.1) over a digest, P1363 {@code r || s}, k from {@code nonces}. Constant time
     * in d and k.
     */
    public static byte[] sign(byte[] d, byte[] digest, Rfc6979Nonces nonces) {
        long[] dm = P256Scalar.toMontgomery(Limbs.fromBytes(d, 0));
        long[] em = P256Scalar.toMontgomery(digestInteger(digest));
        long[] km = new long[4];
        long[] kinv = new long[4];
        long[] t = new long[4];
        byte[] xBytes = new byte[32];
        try {
            while (true) {
                byte[] k = nonces.next();
                long[][] affine = P256Multiply.base(k).toAffine();
                P256Field.toBytes(affine[0], xBytes, 0);
                long[] rm = P256Scalar.toMontgomery(Limbs.fromBytes(xBytes, 0)); // r = x mod n
                long[] kPlain = Limbs.fromBytes(k, 0);
                Arrays.fill(k, (byte) 0);
                System.arraycopy(P256Scalar.toMontgomery(kPlain), 0, km, 0, 4);
                Arrays.fill(kPlain, 0);
                P256Scalar.invert(kinv, km);
                P256Scalar.mul(t, rm, dm);
                P256Scalar.add(t, t, em);
                P256Scalar.mul(t, t, kinv);
                long[] r = P256Scalar.fromMontgomery(rm);
                long[] s = P256Scalar.fromMontgomery(t);
                if (Limbs.isZeroMask(r) != 0 || Limbs.isZeroMask(s) != 0) {
                    continue; // probability about 2^-255; r and s are public outputs
                }
                byte[] out = new byte[64];
                Limbs.toBytes(r, out, 0);
                Limbs.toBytes(s, out, 32);
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
        if (p1363.length != 64) {
            return false;
        }
        long[] r = Limbs.fromBytes(p1363, 0);
        long[] s = Limbs.fromBytes(p1363, 32);
        if (Limbs.isZeroMask(r) != 0 || Limbs.isZeroMask(s) != 0
                || Limbs.lessThanMask(r, P256Scalar.ORDER) == 0 || Limbs.lessThanMask(s, P256Scalar.ORDER) == 0) {
            return false;
        }
        long[] w = new long[4];
        P256Scalar.invertVartime(w, P256Scalar.toMontgomery(s));
        long[] u = new long[4];
        byte[] u1 = new byte[32];
        byte[] u2 = new byte[32];
        P256Scalar.mul(u, P256Scalar.toMontgomery(digestInteger(digest)), w);
        Limbs.toBytes(P256Scalar.fromMontgomery(u), u1, 0);
        P256Scalar.mul(u, P256Scalar.toMontgomery(r), w);
        Limbs.toBytes(P256Scalar.fromMontgomery(u), u2, 0);
        P256Point sum = q.verifyCombination(u1, u2);
        if (sum.isIdentity()) {
            return false;
        }
        // x(R) mod n == r  ⇔  X == r'·Z² for r' = r or r + n (when below p): no inversion needed
        long[] zz = new long[P256Field.LIMBS];
        long[] t = new long[P256Field.LIMBS];
        P256Field.sqr(zz, sum.z);
        byte[] rBytes = Arrays.copyOf(p1363, 32);
        P256Field.mul(t, P256Field.fromBytes(rBytes, 0), zz);
        if (P256Field.equalMask(t, sum.x, t) != 0) {
            return true;
        }
        BigInteger r2 = new BigInteger(1, rBytes).add(N);
        if (r2.compareTo(P) < 0) {
            P256Field.mul(t, P256Field.fromBigInteger(r2), zz);
            return P256Field.equalMask(t, sum.x, t) != 0;
        }
        return false;
    }

    /** bits2int(digest) (FIPS 186-5 §6.4.1, RFC 6979 §2.3.2): the leftmost 256 bits as 4 limbs. */
    private static long[] digestInteger(byte[] digest) {
        byte[] e = new byte[32];
        int n = Math.min(digest.length, 32);
        System.arraycopy(digest, 0, e, 32 - n, n);
        return Limbs.fromBytes(e, 0);
    }
}
