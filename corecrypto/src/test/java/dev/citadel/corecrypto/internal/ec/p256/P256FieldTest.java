package dev.citadel.corecrypto.internal.ec.p256;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The 52-bit field core and the scalar core against BigInteger, on edge values (carry and fold
 * boundaries), random ones, and non-canonical representations up to the 2p bound every operation accepts.
 */
class P256FieldTest {

    private static final BigInteger P = P256Field.P;
    private static final BigInteger N = P256Scalar.N;
    private static final BigInteger R = BigInteger.ONE.shiftLeft(260);
    private static final BigInteger R_INV = R.modInverse(P);
    private static final BigInteger TWO_P = P.shiftLeft(1);

    /** Residues in [0, p): 0..3, p − 1..p − 4, powers of two around limb and fold boundaries, random. */
    private static List<BigInteger> residues(BigInteger m) {
        List<BigInteger> v = new ArrayList<>();
        for (long k = 0; k < 4; k++) {
            v.add(BigInteger.valueOf(k));
            v.add(m.subtract(BigInteger.valueOf(k + 1)));
        }
        for (int bit : new int[] {31, 32, 51, 52, 63, 64, 95, 96, 103, 104, 127, 128, 155, 156, 191, 192, 207, 208,
            223, 224, 255}) {
            v.add(BigInteger.ONE.shiftLeft(bit).mod(m));
            v.add(BigInteger.ONE.shiftLeft(bit).subtract(BigInteger.ONE).mod(m));
        }
        SplittableRandom rng = new SplittableRandom(256);
        for (int i = 0; i < 300; i++) {
            byte[] b = new byte[32];
            rng.nextBytes(b);
            if (i % 4 == 0) {
                for (int j = 0; j < 32; j += 1 + rng.nextInt(4)) {
                    b[j] = (byte) 0xff; // long runs of ones stress carries
                }
            }
            v.add(new BigInteger(1, b).mod(m));
        }
        return v;
    }

    /** Raw limbs of a value below 2^260 (no Montgomery conversion): the representation itself. */
    private static long[] raw(BigInteger v) {
        long[] r = new long[5];
        for (int i = 0; i < 5; i++) {
            r[i] = v.shiftRight(52 * i).longValue() & P256FieldArithmetic.M52;
        }
        return r;
    }

    private static BigInteger value(long[] a) {
        BigInteger v = BigInteger.ZERO;
        for (int i = 4; i >= 0; i--) {
            assertThat(a[i]).as("limb %d normalized", i).isBetween(0L, P256FieldArithmetic.M52);
            v = v.shiftLeft(52).add(BigInteger.valueOf(a[i]));
        }
        assertThat(v).as("below 2p").isLessThan(TWO_P);
        return v;
    }

    /** Each residue as itself and, where it fits below 2p, as residue + p (a non-canonical form). */
    private static List<BigInteger> representations(BigInteger m) {
        List<BigInteger> out = new ArrayList<>();
        for (BigInteger v : residues(m)) {
            out.add(v);
            out.add(v.add(P));
        }
        out.add(TWO_P.subtract(BigInteger.ONE));
        return out;
    }

    @Test
    void montgomeryProductsMatchBigInteger() {
        List<BigInteger> vs = representations(P);
        long[] r = new long[5];
        for (BigInteger a : vs) {
            for (int k = 0; k < vs.size(); k += 5) {
                BigInteger b = vs.get(k);
                P256FieldArithmetic.mul(r, raw(a), raw(b));
                assertThat(value(r).mod(P)).as("%s · %s", a.toString(16), b.toString(16))
                        .isEqualTo(a.multiply(b).multiply(R_INV).mod(P));
            }
            P256FieldArithmetic.sqr(r, raw(a));
            assertThat(value(r).mod(P)).isEqualTo(a.multiply(a).multiply(R_INV).mod(P));
        }
    }

    @Test
    void additionsMatchBigIntegerAndStayBelowTwoP() {
        List<BigInteger> vs = representations(P);
        long[] r = new long[5];
        for (int i = 0; i < vs.size(); i++) {
            BigInteger a = vs.get(i);
            BigInteger b = vs.get((i * 31 + 7) % vs.size());
            P256FieldArithmetic.add(r, raw(a), raw(b));
            assertThat(value(r).mod(P)).isEqualTo(a.add(b).mod(P));
            P256FieldArithmetic.sub(r, raw(a), raw(b));
            assertThat(value(r).mod(P)).isEqualTo(a.subtract(b).mod(P));
            for (int k : new int[] {0, 1, 2, 3, 4, 8}) {
                P256FieldArithmetic.mulSmall(r, raw(a), k);
                assertThat(value(r).mod(P)).isEqualTo(a.multiply(BigInteger.valueOf(k)).mod(P));
            }
        }
    }

    @Test
    void outputsMayAliasInputs() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            BigInteger a = new BigInteger(256, new java.util.Random(rng.nextLong())).mod(P);
            BigInteger b = new BigInteger(256, new java.util.Random(rng.nextLong())).mod(P);
            long[] x = raw(a);
            P256FieldArithmetic.mul(x, x, raw(b));
            assertThat(value(x).mod(P)).isEqualTo(a.multiply(b).multiply(R_INV).mod(P));
            x = raw(a);
            P256FieldArithmetic.sqr(x, x);
            assertThat(value(x).mod(P)).isEqualTo(a.multiply(a).multiply(R_INV).mod(P));
            long[] y = raw(b);
            P256FieldArithmetic.mul(y, raw(a), y);
            assertThat(value(y).mod(P)).isEqualTo(a.multiply(b).multiply(R_INV).mod(P));
        }
    }

    @Test
    void conversionsCanonicalFormAndZeroTests() {
        byte[] out = new byte[32];
        long[] t = new long[5];
        for (BigInteger v : residues(P)) {
            long[] m = P256Field.fromBigInteger(v);
            BigInteger mont = v.multiply(R).mod(P);
            assertThat(value(m).mod(P)).isEqualTo(mont);
            P256Field.toBytes(m, out, 0);
            assertThat(new BigInteger(1, out)).isEqualTo(v);
            for (BigInteger form : List.of(mont, mont.add(P))) {
                P256Field.toPlain(t, raw(form));
                assertThat(value(t)).as("canonical").isEqualTo(v);
            }
            assertThat(P256Field.isZeroMask(m)).isEqualTo(v.signum() == 0 ? -1L : 0L);
        }
        assertThat(P256Field.isZeroMask(raw(P))).as("p is a form of zero").isEqualTo(-1L);
        assertThat(P256Field.isZeroMask(raw(P.add(BigInteger.ONE)))).isZero();
    }

    @Test
    void inversionsMatchBigIntegerInBothTimings() {
        long[] r = new long[5];
        for (BigInteger v : residues(P)) {
            long[] m = P256Field.fromBigInteger(v);
            BigInteger expected = v.signum() == 0 ? BigInteger.ZERO : v.modInverse(P);
            P256Field.invert(r, m);
            assertThat(P256Field.toBigInteger(r)).isEqualTo(expected);
            P256Field.invertVartime(r, m);
            assertThat(P256Field.toBigInteger(r)).isEqualTo(expected);
        }
        long[] s = new long[4];
        for (BigInteger v : residues(N)) {
            if (v.signum() == 0) {
                continue;
            }
            long[] m = P256Scalar.toMontgomery(Limbs.fromBigInteger(v));
            P256Scalar.invert(s, m);
            assertThat(Limbs.toBigInteger(P256Scalar.fromMontgomery(s))).isEqualTo(v.modInverse(N));
            P256Scalar.invertVartime(s, m);
            assertThat(Limbs.toBigInteger(P256Scalar.fromMontgomery(s))).isEqualTo(v.modInverse(N));
        }
    }

    @Test
    void scalarMontgomeryCoreMatchesBigInteger() {
        BigInteger rInvN = BigInteger.ONE.shiftLeft(256).modInverse(N);
        List<BigInteger> vn = residues(N);
        long[] r = new long[4];
        for (int i = 0; i < vn.size(); i++) {
            BigInteger c = vn.get(i);
            BigInteger d = vn.get((i * 17 + 3) % vn.size());
            P256ScalarArithmetic.mul(r, Limbs.fromBigInteger(c), Limbs.fromBigInteger(d));
            assertThat(Limbs.toBigInteger(r)).isEqualTo(c.multiply(d).multiply(rInvN).mod(N));
            P256ScalarArithmetic.add(r, Limbs.fromBigInteger(c), Limbs.fromBigInteger(d));
            assertThat(Limbs.toBigInteger(r)).isEqualTo(c.add(d).mod(N));
        }
    }
}
