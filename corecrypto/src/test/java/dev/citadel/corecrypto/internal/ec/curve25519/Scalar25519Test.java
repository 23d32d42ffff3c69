package dev.citadel.corecrypto.internal.ec.curve25519;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Scalar25519} against BigInteger arithmetic modulo L. */
class Scalar25519Test {

    static final BigInteger L = BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));
    private final Random rng = new Random(8032);

    static byte[] littleEndian(BigInteger v, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = v.shiftRight(8 * i).byteValue();
        }
        return out;
    }

    static BigInteger value(byte[] le) {
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        return new BigInteger(1, be);
    }

    private List<BigInteger> wide() {
        BigInteger top = BigInteger.ONE.shiftLeft(512);
        List<BigInteger> out = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, L.subtract(BigInteger.ONE), L, L.add(BigInteger.ONE),
                L.multiply(L), L.shiftLeft(259), top.subtract(BigInteger.ONE), top.subtract(L), BigInteger.ONE.shiftLeft(252),
                BigInteger.ONE.shiftLeft(253).subtract(BigInteger.ONE), top.subtract(BigInteger.ONE).divide(L).multiply(L)));
        for (int i = 0; i < 500; i++) {
            out.add(new BigInteger(512, rng));
        }
        return out;
    }

    @Test
    void reduceMatchesBigInteger() {
        for (BigInteger v : wide()) {
            assertThat(value(Scalar25519.reduce(littleEndian(v, 64)))).as(v.toString(16)).isEqualTo(v.mod(L));
        }
    }

    @Test
    void mulAddMatchesBigIntegerOnFull256BitInputs() {
        BigInteger top = BigInteger.ONE.shiftLeft(256);
        List<BigInteger> vs = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, L.subtract(BigInteger.ONE), L, top.subtract(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(254), BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(8))));
        for (int i = 0; i < 200; i++) {
            vs.add(new BigInteger(256, rng));
        }
        for (int i = 0; i < vs.size(); i++) {
            BigInteger a = vs.get(i);
            BigInteger b = vs.get((i * 5 + 1) % vs.size());
            BigInteger c = vs.get((i * 3 + 2) % vs.size());
            byte[] s = Scalar25519.mulAdd(littleEndian(a, 32), littleEndian(b, 32), littleEndian(c, 32));
            assertThat(value(s)).isEqualTo(a.multiply(b).add(c).mod(L));
        }
    }

    @Test
    void canonicalMeansBelowL() {
        for (BigInteger v : List.of(BigInteger.ZERO, L.subtract(BigInteger.ONE), L, L.add(BigInteger.ONE), BigInteger.ONE.shiftLeft(253),
                BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE), L.subtract(BigInteger.ONE.shiftLeft(100)), L.add(BigInteger.ONE.shiftLeft(100)))) {
            byte[] sig = new byte[64];
            System.arraycopy(littleEndian(v, 32), 0, sig, 32, 32);
            assertThat(Scalar25519.isCanonical(sig, 32)).as(v.toString(16)).isEqualTo(v.compareTo(L) < 0);
        }
    }

    @Test
    void nonAdjacentFormRecomposesWithItsDigitRules() {
        for (int w : new int[] {5, 8}) {
            for (int i = 0; i < 300; i++) {
                BigInteger k = i == 0 ? L.subtract(BigInteger.ONE) : i == 1 ? BigInteger.ONE.shiftLeft(253).subtract(BigInteger.ONE) : new BigInteger(253, rng);
                byte[] naf = Scalar25519.nonAdjacentForm(littleEndian(k, 32), w);
                BigInteger sum = BigInteger.ZERO;
                int lastNonZero = -w;
                for (int j = 0; j < naf.length; j++) {
                    if (naf[j] != 0) {
                        assertThat(naf[j] & 1).isEqualTo(1);
                        assertThat(Math.abs(naf[j])).isLessThan(1 << (w - 1));
                        assertThat(j - lastNonZero).isGreaterThanOrEqualTo(w);
                        lastNonZero = j;
                        sum = sum.add(BigInteger.valueOf(naf[j]).shiftLeft(j));
                    }
                }
                assertThat(sum).isEqualTo(k);
            }
        }
    }
}
