package dev.citadel.corecrypto.internal.ec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bernstein–Yang inversion against BigInteger for the NIST moduli, edge values and random ones. */
class SafeGcdTest {

    private static final List<BigInteger> MODULI = List.of(
            new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16), // P-256 p
            new BigInteger("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", 16), // P-256 n
            BigInteger.ONE.shiftLeft(384).subtract(BigInteger.ONE.shiftLeft(128)).subtract(BigInteger.ONE.shiftLeft(96))
                    .add(BigInteger.ONE.shiftLeft(32)).subtract(BigInteger.ONE), // P-384 p
            new BigInteger("ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973", 16),
            BigInteger.valueOf(1_000_003));

    @Test
    void inversesMatchBigInteger() {
        Random rng = new Random(30);
        for (BigInteger m : MODULI) {
            SafeGcd gcd = new SafeGcd(m);
            List<BigInteger> xs = new java.util.ArrayList<>(List.of(BigInteger.ONE, BigInteger.TWO, m.subtract(BigInteger.ONE),
                    m.subtract(BigInteger.TWO), m.shiftRight(1), BigInteger.ONE.shiftLeft(m.bitLength() - 2)));
            for (int i = 0; i < 300; i++) {
                BigInteger x = new BigInteger(m.bitLength(), rng).mod(m);
                if (x.signum() != 0) {
                    xs.add(x);
                }
            }
            for (BigInteger x : xs) {
                long[] limbs = SafeGcd.fromBigInteger(x, gcd.limbs());
                BigInteger expected = x.modInverse(m);
                assertThat(SafeGcd.toBigInteger(gcd.invert(limbs))).as("%s⁻¹ mod %s", x, m).isEqualTo(expected);
                assertThat(SafeGcd.toBigInteger(gcd.invertVartime(limbs))).isEqualTo(expected);
            }
        }
    }

    @Test
    void zeroInvertsToZero() {
        SafeGcd gcd = new SafeGcd(MODULI.get(0));
        assertThat(SafeGcd.toBigInteger(gcd.invert(new long[gcd.limbs()]))).isZero();
        assertThat(SafeGcd.toBigInteger(gcd.invertVartime(new long[gcd.limbs()]))).isZero();
    }

    @Test
    void relimbRoundTrips() {
        Random rng = new Random(52);
        for (int i = 0; i < 100; i++) {
            BigInteger v = new BigInteger(256, rng);
            long[] l30 = SafeGcd.fromBigInteger(v, 9);
            long[] l52 = SafeGcd.relimb(l30, 30, 52, 5);
            long[] l64 = SafeGcd.relimb(l52, 52, 64, 4);
            assertThat(SafeGcd.toBigInteger(SafeGcd.relimb(l64, 64, 30, 9))).isEqualTo(v);
            assertThat(SafeGcd.toBigInteger(SafeGcd.relimb(l52, 52, 30, 9))).isEqualTo(v);
        }
    }

    @Test
    void evenModulusIsRefused() {
        assertThatThrownBy(() -> new SafeGcd(BigInteger.valueOf(1 << 20))).isInstanceOf(IllegalArgumentException.class);
    }
}
