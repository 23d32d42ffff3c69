package dev.citadel.corecrypto.internal.ec.p256;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.internal.ec.Rfc6979Nonces;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * ECDSA and ECDH on P-256 with Citadel's own arithmetic (64-bit limbs, complete formulas).
 *
 * <h2>Security guarantees</h2>
 * Operations on secrets (key generation, d·G, signing, ECDH) run in time independent of the secret
 * scalar and nonce: no branch, loop bound or memory index depends on them (see docs/crypto-engines.md,
 * "Fast EC engine"). Verification handles public data only and is variable time.
 *
 * <h2>Does not</h2>
 * validate encodings: callers pass scalars in [1, n) and points already checked to be on the curve (ECDH
 * re-checks the peer point as defence in depth).
 */
public final class P256 {

    private static final BigInteger N = Limbs.toBigInteger(P256Scalar.ORDER);
    private static final BigInteger P = Limbs.toBigInteger(P256FieldArithmetic.MODULUS);

    private P256() {}

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

    /** The ECDH shared x-coordinate of d·(x, y), 32 bytes. Constant time in d. */
    public static byte[] agree(byte[] d, BigInteger x, BigInteger y) {
        P256Point peer = affineOnCurve(x, y);
        P256Point shared = P256Multiply.multiply(d, peer);
        if (shared.isIdentity()) {
            throw new IllegalStateException("ECDH result is the identity: the peer point was not validated");
        }
        byte[] out = new byte[32];
        Limbs.toBytes(shared.toAffine()[0], out, 0);
        return out;
    }

    /**
     * ECDSA (FIPS 186-5 §6.4.1) over a digest, P1363 {@code r || s}, k from {@code nonces}. Constant time
     * in d and k.
     */
    public static byte[] sign(byte[] d, byte[] digest, Rfc6979Nonces nonces) {
        long[] dm = P256Scalar.toMontgomery(Limbs.fromBytes(d, 0));
        long[] em = P256Scalar.toMontgomery(Limbs.fromBigInteger(Rfc6979Nonces.bits2int(digest, 256)));
        long[] km = new long[4];
        long[] kinv = new long[4];
        long[] t = new long[4];
        try {
            while (true) {
                byte[] k = nonces.next();
                long[] fieldBlind = Limbs.fromBytes(nonces.blindingValue(0, P), 0);
                long[] scalarBlind = Limbs.fromBytes(nonces.blindingValue(1, N), 0);
                long[] x = affineX(P256Multiply.base(k), fieldBlind);
                Arrays.fill(fieldBlind, 0);
                long[] rm = P256Scalar.toMontgomery(x); // r = x mod n
                long[] kPlain = Limbs.fromBytes(k, 0);
                Arrays.fill(k, (byte) 0);
                System.arraycopy(P256Scalar.toMontgomery(kPlain), 0, km, 0, 4);
                Arrays.fill(kPlain, 0);
                invertScalarBlinded(kinv, km, P256Scalar.toMontgomery(scalarBlind));
                Arrays.fill(scalarBlind, 0);
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

    /**
     * The affine x of p, inverting Z blinded: (Z·β)⁻¹·β. For a secret β uniform in
     * [1, p), Z·β is uniform and independent of Z, so the fast variable-time {@code BigInteger} inversion
     * learns nothing about Z (and through it k).
     */
    private static long[] affineX(P256Point p, long[] blindPlain) {
        long[] beta = blindPlain;
        long[] zb = new long[4];
        P256Field.mul(zb, p.z, beta);
        BigInteger inverse = P256Field.toBigInteger(zb).modInverse(P);
        long[] zInv = P256Field.fromBigInteger(inverse);
        P256Field.mul(zInv, zInv, beta);
        long[] x = new long[4];
        P256Field.mul(x, p.x, zInv);
        return x;
    }

    /** r = k⁻¹ mod n as (k·β)⁻¹·β (Montgomery domain), the variable-time inversion seeing only k·β. */
    private static void invertScalarBlinded(long[] r, long[] km, long[] betaM) {
        long[] kb = new long[4];
        P256Scalar.mul(kb, km, betaM);
        BigInteger inverse = Limbs.toBigInteger(P256Scalar.fromMontgomery(kb)).modInverse(N);
        long[] inv = P256Scalar.toMontgomery(Limbs.fromBigInteger(inverse));
        P256Scalar.mul(r, inv, betaM);
        Arrays.fill(kb, 0);
    }

    /** ECDSA verification (FIPS 186-5 §6.4.2) of a P1363 signature. Variable time: public inputs. */
    public static boolean verify(BigInteger qx, BigInteger qy, byte[] digest, byte[] p1363) {
        if (p1363.length != 64) {
            return false;
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(p1363, 0, 32));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(p1363, 32, 64));
        if (r.signum() == 0 || s.signum() == 0 || r.compareTo(N) >= 0 || s.compareTo(N) >= 0) {
            return false;
        }
        BigInteger e = Rfc6979Nonces.bits2int(digest, 256).mod(N);
        BigInteger w = s.modInverse(N);
        byte[] u1 = new byte[32];
        byte[] u2 = new byte[32];
        Limbs.toBytes(Limbs.fromBigInteger(e.multiply(w).mod(N)), u1, 0);
        Limbs.toBytes(Limbs.fromBigInteger(r.multiply(w).mod(N)), u2, 0);
        affineOnCurve(qx, qy); // defence in depth: callers pass validated points
        P256Point sum = P256Multiply.verifyCombination(u1, u2, qx, qy);
        if (P256JacobianVartime.isIdentity(sum)) {
            return false;
        }
        // x(R) mod n == r  ⇔  X == r'·Z² for r' = r or r + n (when below p): no inversion needed
        long[] zz = new long[4];
        P256FieldArithmeticVartime.mul(zz, sum.z, sum.z);
        long[] t = new long[4];
        P256FieldArithmeticVartime.mul(t, P256JacobianVartime.fromBigInteger(r), zz);
        if (Arrays.equals(t, sum.x)) {
            return true;
        }
        BigInteger r2 = r.add(N);
        if (r2.compareTo(P) < 0) {
            P256FieldArithmeticVartime.mul(t, P256JacobianVartime.fromBigInteger(r2), zz);
            return Arrays.equals(t, sum.x);
        }
        return false;
    }

    private static P256Point affineOnCurve(BigInteger x, BigInteger y) {
        if (x.signum() < 0 || y.signum() < 0 || x.compareTo(P) >= 0 || y.compareTo(P) >= 0) {
            throw new IllegalArgumentException("coordinate outside [0, p)");
        }
        P256Point point = P256Point.affine(x, y);
        if (!P256Point.onCurve(point.x, point.y)) {
            throw new IllegalArgumentException("point not on P-256");
        }
        return point;
    }
}
