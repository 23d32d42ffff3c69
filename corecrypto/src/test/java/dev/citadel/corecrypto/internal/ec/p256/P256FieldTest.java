package dev.citadel.corecrypto.internal.ec.p256;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The field and scalar cores against BigInteger on edge values (carry and fold boundaries) and random ones. */
class P256FieldTest {

    private static final BigInteger P = Limbs.toBigInteger(P256FieldArithmetic.MODULUS);
    private static final BigInteger N = Limbs.toBigInteger(P256Scalar.ORDER);
    private static final BigInteger R = BigInteger.ONE.shiftLeft(256);

    private static List<BigInteger> values(BigInteger m) {
        List<BigInteger> v = new ArrayList<>();
        for (long k = 0; k < 4; k++) {
            v.add(BigInteger.valueOf(k));
            v.add(m.subtract(BigInteger.valueOf(k + 1)));
        }
        for (int bit : new int[] {31, 32, 63, 64, 95, 96, 127, 128, 191, 192, 223, 224, 255}) {
            v.add(BigInteger.ONE.shiftLeft(bit).mod(m));
            v.add(BigInteger.ONE.shiftLeft(bit).subtract(BigInteger.ONE).mod(m));
        }
        SplittableRandom rng = new SplittableRandom(256);
        for (int i = 0; i < 400; i++) {
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

    @Test
    void fastReductionMultiplicationMatchesBigInteger() {
        List<BigInteger> vs = values(P);
        long[] r = new long[4];
        for (BigInteger a : vs) {
            for (int k = 0; k < vs.size(); k += 7) {
                BigInteger b = vs.get(k);
                P256FieldMul.mul(r, Limbs.fromBigInteger(a), Limbs.fromBigInteger(b));
                assertThat(Limbs.toBigInteger(r)).as("%s · %s", a.toString(16), b.toString(16)).isEqualTo(a.multiply(b).mod(P));
            }
        }
    }

    @Test
    void montgomeryCoresMatchBigInteger() {
        BigInteger rInvP = R.modInverse(P);
        BigInteger rInvN = R.modInverse(N);
        List<BigInteger> vp = values(P);
        List<BigInteger> vn = values(N);
        long[] r = new long[4];
        for (int i = 0; i < vp.size(); i++) {
            BigInteger a = vp.get(i);
            BigInteger b = vp.get((i * 31 + 7) % vp.size());
            P256FieldArithmetic.mul(r, Limbs.fromBigInteger(a), Limbs.fromBigInteger(b));
            assertThat(Limbs.toBigInteger(r)).isEqualTo(a.multiply(b).multiply(rInvP).mod(P));
            P256FieldArithmeticVartime.mul(r, Limbs.fromBigInteger(a), Limbs.fromBigInteger(b));
            assertThat(Limbs.toBigInteger(r)).isEqualTo(a.multiply(b).multiply(rInvP).mod(P));
            P256FieldArithmetic.add(r, Limbs.fromBigInteger(a), Limbs.fromBigInteger(b));
            assertThat(Limbs.toBigInteger(r)).isEqualTo(a.add(b).mod(P));
            P256FieldArithmetic.sub(r, Limbs.fromBigInteger(a), Limbs.fromBigInteger(b));
            assertThat(Limbs.toBigInteger(r)).isEqualTo(a.subtract(b).mod(P));
            P256FieldArithmeticVartime.sub(r, Limbs.fromBigInteger(a), Limbs.fromBigInteger(b));
            assertThat(Limbs.toBigInteger(r)).isEqualTo(a.subtract(b).mod(P));
            BigInteger c = vn.get(i);
            BigInteger d = vn.get((i * 17 + 3) % vn.size());
            P256ScalarArithmetic.mul(r, Limbs.fromBigInteger(c), Limbs.fromBigInteger(d));
            assertThat(Limbs.toBigInteger(r)).isEqualTo(c.multiply(d).multiply(rInvN).mod(N));
        }
    }

    @Test
    void inversionsMatchBigInteger() {
        long[] r = new long[4];
        for (BigInteger a : values(P).subList(1, 60)) {
            if (a.signum() == 0) {
                continue;
            }
            P256Field.invert(r, Limbs.fromBigInteger(a));
            assertThat(Limbs.toBigInteger(r)).isEqualTo(a.modInverse(P));
        }
    }
}
