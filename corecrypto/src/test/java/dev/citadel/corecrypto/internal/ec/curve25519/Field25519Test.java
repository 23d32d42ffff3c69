package dev.citadel.corecrypto.internal.ec.curve25519;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Field25519} against BigInteger arithmetic mod 2^255 − 19, on edge values and at the limb bounds. */
class Field25519Test {

    private static final BigInteger P = EdwardsPoint.P;
    private static final long BOUND = 1L << 53; // mul/sqr input bound per limb
    private final SplittableRandom rng = new SplittableRandom(25519);

    /** 0, 1, 2, 19, p − 1, p, p + 1, p + 18, 2^255 − 1, 2^254, 2^51 ± 1, and random values. */
    private List<long[]> values() {
        List<long[]> out = new ArrayList<>();
        for (BigInteger v : List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(19), P.subtract(BigInteger.ONE), P,
                P.add(BigInteger.ONE), P.add(BigInteger.valueOf(18)), BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(254), BigInteger.ONE.shiftLeft(51).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(51).add(BigInteger.ONE))) {
            out.add(EdwardsPoint.limbs(v));
        }
        for (int i = 0; i < 300; i++) {
            out.add(EdwardsPoint.limbs(new BigInteger(255, new java.util.Random(rng.nextLong()))));
        }
        for (int i = 0; i < 100; i++) { // loose limbs up to the multiplication bound
            long[] f = new long[5];
            for (int j = 0; j < 5; j++) {
                f[j] = i < 10 ? BOUND - 1 - j : rng.nextLong(BOUND);
            }
            out.add(f);
        }
        return out;
    }

    private static BigInteger value(long[] f) {
        BigInteger v = BigInteger.ZERO;
        for (int i = 4; i >= 0; i--) {
            v = v.shiftLeft(51).add(BigInteger.valueOf(f[i]));
        }
        return v;
    }

    private static BigInteger mod(long[] f) {
        return value(f).mod(P);
    }

    private static void assertReduced(long[] h) {
        for (long limb : h) {
            assertThat(limb).isBetween(0L, (1L << 51) + (1L << 18));
        }
    }

    @Test
    void mulAndSqrMatchBigIntegerUpToTheInputBound() {
        List<long[]> vs = values();
        long[] h = new long[5];
        for (int i = 0; i < vs.size(); i++) {
            long[] f = vs.get(i);
            long[] g = vs.get((i * 7 + 3) % vs.size());
            Field25519.mul(h, f, g);
            assertThat(mod(h)).isEqualTo(mod(f).multiply(mod(g)).mod(P));
            assertReduced(h);
            Field25519.sqr(h, f);
            assertThat(mod(h)).isEqualTo(mod(f).pow(2).mod(P));
            assertReduced(h);
        }
    }

    @Test
    void addSubNegAndMulSmall() {
        List<long[]> vs = values();
        long[] h = new long[5];
        long[] f = new long[5];
        long[] g = new long[5];
        for (int i = 0; i < vs.size(); i++) {
            Field25519.copy(f, vs.get(i));
            Field25519.carry(f); // to the reduced bound
            Field25519.copy(g, vs.get((i * 11 + 5) % vs.size()));
            Field25519.carry(g);
            Field25519.add(h, f, g);
            assertThat(mod(h)).isEqualTo(mod(f).add(mod(g)).mod(P));
            Field25519.sub(h, f, g);
            assertThat(mod(h)).isEqualTo(mod(f).subtract(mod(g)).mod(P));
            assertReduced(h);
            Field25519.neg(h, f);
            assertThat(mod(h)).isEqualTo(mod(f).negate().mod(P));
            Field25519.mulSmall(h, f, 121665);
            assertThat(mod(h)).isEqualTo(mod(f).multiply(BigInteger.valueOf(121665)).mod(P));
            assertReduced(h);
        }
    }

    @Test
    void encodingIsCanonicalAndDecodingIgnoresBit255() {
        for (long[] f : values()) {
            byte[] out = new byte[32];
            Field25519.encode(out, 0, f);
            assertThat(new BigInteger(1, reverse(out))).isEqualTo(mod(f));
            long[] back = new long[5];
            out[31] |= (byte) 0x80;
            Field25519.decode(back, out, 0);
            assertThat(value(back)).isEqualTo(mod(f));
        }
    }

    @Test
    void inversionSquareRootAndPredicates() {
        BigInteger exponent = P.subtract(BigInteger.valueOf(5)).shiftRight(3);
        long[] h = new long[5];
        for (long[] f : values()) {
            Field25519.invert(h, f);
            BigInteger x = mod(f);
            assertThat(mod(h)).isEqualTo(x.signum() == 0 ? BigInteger.ZERO : x.modInverse(P));
            Field25519.pow22523(h, f);
            assertThat(mod(h)).isEqualTo(x.modPow(exponent, P));
            assertThat(Field25519.isZero(f)).isEqualTo(x.signum() == 0 ? 1 : 0);
            assertThat(Field25519.isNegative(f)).isEqualTo(x.testBit(0) ? 1 : 0);
            assertThat(Field25519.equal(f, EdwardsPoint.limbs(x))).isEqualTo(1);
        }
    }

    @Test
    void conditionalSwapFollowsTheMask() {
        long[] a = EdwardsPoint.limbs(BigInteger.valueOf(12345));
        long[] b = EdwardsPoint.limbs(P.subtract(BigInteger.TEN));
        long[] x = a.clone();
        long[] y = b.clone();
        Field25519.cswap(x, y, 0);
        assertThat(x).isEqualTo(a);
        Field25519.cswap(x, y, -1);
        assertThat(x).isEqualTo(b);
        assertThat(y).isEqualTo(a);
    }

    private static byte[] reverse(byte[] b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[b.length - 1 - i];
        }
        return r;
    }
}
