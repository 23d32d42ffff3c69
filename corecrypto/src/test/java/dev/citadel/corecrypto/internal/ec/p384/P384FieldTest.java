package dev.citadel.corecrypto.internal.ec.p384;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * P-384's generated 52-bit field core (whose Montgomery digit needs −p⁻¹, unlike P-256's) and the scalar
 * core against BigInteger, on edge values, random ones and non-canonical forms up to the 2p bound.
 */
class P384FieldTest {

    private static final BigInteger P = P384Field.P;
    private static final BigInteger N = P384Scalar.N;
    private static final BigInteger R = BigInteger.ONE.shiftLeft(416);
    private static final BigInteger R_INV = R.modInverse(P);
    private static final BigInteger TWO_P = P.shiftLeft(1);

    private static List<BigInteger> residues(BigInteger m) {
        List<BigInteger> v = new ArrayList<>();
        for (long k = 0; k < 4; k++) {
            v.add(BigInteger.valueOf(k));
            v.add(m.subtract(BigInteger.valueOf(k + 1)));
        }
        for (int bit : new int[] {31, 32, 51, 52, 95, 96, 103, 104, 127, 128, 129, 155, 156, 207, 208, 363, 364, 383}) {
            v.add(BigInteger.ONE.shiftLeft(bit).mod(m));
            v.add(BigInteger.ONE.shiftLeft(bit).subtract(BigInteger.ONE).mod(m));
        }
        SplittableRandom rng = new SplittableRandom(384);
        for (int i = 0; i < 250; i++) {
            byte[] b = new byte[48];
            rng.nextBytes(b);
            if (i % 4 == 0) {
                for (int j = 0; j < 48; j += 1 + rng.nextInt(4)) {
                    b[j] = (byte) 0xff;
                }
            }
            v.add(new BigInteger(1, b).mod(m));
        }
        return v;
    }

    private static long[] raw(BigInteger v) {
        long[] r = new long[8];
        for (int i = 0; i < 8; i++) {
            r[i] = v.shiftRight(52 * i).longValue() & P384FieldArithmetic.M52;
        }
        return r;
    }

    private static BigInteger value(long[] a) {
        BigInteger v = BigInteger.ZERO;
        for (int i = 7; i >= 0; i--) {
            assertThat(a[i]).as("limb %d normalized", i).isBetween(0L, P384FieldArithmetic.M52);
            v = v.shiftLeft(52).add(BigInteger.valueOf(a[i]));
        }
        assertThat(v).as("below 2p").isLessThan(TWO_P);
        return v;
    }

    private static List<BigInteger> representations() {
        List<BigInteger> out = new ArrayList<>();
        for (BigInteger v : residues(P)) {
            out.add(v);
            out.add(v.add(P));
        }
        out.add(TWO_P.subtract(BigInteger.ONE));
        return out;
    }

    @Test
    void montgomeryProductsMatchBigInteger() {
        List<BigInteger> vs = representations();
        long[] r = new long[8];
        for (BigInteger a : vs) {
            for (int k = 0; k < vs.size(); k += 5) {
                BigInteger b = vs.get(k);
                P384FieldArithmetic.mul(r, raw(a), raw(b));
                assertThat(value(r).mod(P)).isEqualTo(a.multiply(b).multiply(R_INV).mod(P));
            }
            P384FieldArithmetic.sqr(r, raw(a));
            assertThat(value(r).mod(P)).isEqualTo(a.multiply(a).multiply(R_INV).mod(P));
            long[] x = raw(a);
            P384FieldArithmetic.mul(x, x, x);
            assertThat(value(x).mod(P)).as("aliased").isEqualTo(a.multiply(a).multiply(R_INV).mod(P));
        }
    }

    @Test
    void additionsMatchBigIntegerAndStayBelowTwoP() {
        List<BigInteger> vs = representations();
        long[] r = new long[8];
        for (int i = 0; i < vs.size(); i++) {
            BigInteger a = vs.get(i);
            BigInteger b = vs.get((i * 31 + 7) % vs.size());
            P384FieldArithmetic.add(r, raw(a), raw(b));
            assertThat(value(r).mod(P)).isEqualTo(a.add(b).mod(P));
            P384FieldArithmetic.sub(r, raw(a), raw(b));
            assertThat(value(r).mod(P)).isEqualTo(a.subtract(b).mod(P));
            for (int k : new int[] {0, 1, 3, 4, 8}) {
                P384FieldArithmetic.mulSmall(r, raw(a), k);
                assertThat(value(r).mod(P)).isEqualTo(a.multiply(BigInteger.valueOf(k)).mod(P));
            }
        }
    }

    @Test
    void conversionsZeroTestsAndInversions() {
        byte[] out = new byte[48];
        long[] t = new long[8];
        long[] r = new long[8];
        for (BigInteger v : residues(P)) {
            long[] m = P384Field.fromBigInteger(v);
            BigInteger mont = v.multiply(R).mod(P);
            assertThat(value(m).mod(P)).isEqualTo(mont);
            P384Field.toBytes(m, out, 0);
            assertThat(new BigInteger(1, out)).isEqualTo(v);
            P384Field.toPlain(t, raw(mont.add(P)));
            assertThat(value(t)).isEqualTo(v);
            assertThat(P384Field.isZeroMask(m)).isEqualTo(v.signum() == 0 ? -1L : 0L);
            BigInteger expected = v.signum() == 0 ? BigInteger.ZERO : v.modInverse(P);
            P384Field.invert(r, m);
            assertThat(P384Field.toBigInteger(r)).isEqualTo(expected);
            P384Field.invertVartime(r, m);
            assertThat(P384Field.toBigInteger(r)).isEqualTo(expected);
        }
        assertThat(P384Field.isZeroMask(raw(P))).isEqualTo(-1L);
    }

    @Test
    void scalarArithmeticMatchesBigInteger() {
        BigInteger rInv = BigInteger.ONE.shiftLeft(384).modInverse(N);
        List<BigInteger> vn = residues(N);
        long[] r = new long[6];
        for (int i = 0; i < vn.size(); i++) {
            BigInteger c = vn.get(i);
            BigInteger d = vn.get((i * 17 + 3) % vn.size());
            long[] cl = P384Limbs.fromBytes(P384Limbs.bytes(c), 0);
            long[] dl = P384Limbs.fromBytes(P384Limbs.bytes(d), 0);
            P384ScalarArithmetic.mul(r, cl, dl);
            assertThat(P384Limbs.toBigInteger(r)).isEqualTo(c.multiply(d).multiply(rInv).mod(N));
            if (c.signum() != 0) {
                P384Scalar.invert(r, P384Scalar.toMontgomery(cl));
                assertThat(P384Limbs.toBigInteger(P384Scalar.fromMontgomery(r))).isEqualTo(c.modInverse(N));
                P384Scalar.invertVartime(r, P384Scalar.toMontgomery(cl));
                assertThat(P384Limbs.toBigInteger(P384Scalar.fromMontgomery(r))).isEqualTo(c.modInverse(N));
            }
        }
    }
}
