package dev.citadel.corecrypto.internal.ec.curve25519;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link HalfSizeScalars}: the split's congruence, parity and size, and verification by both paths. */
class HalfSizeScalarsTest {

    private static final BigInteger L = Scalar25519Test.L;
    private final Random rng = new Random(2020);

    private List<BigInteger> challenges() {
        List<BigInteger> out = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, L.subtract(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(127), BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(128),
                BigInteger.ONE.shiftLeft(200), L.shiftRight(1), L.divide(BigInteger.valueOf(3)), BigInteger.valueOf(8)));
        for (int i = 0; i < 2000; i++) {
            out.add(new BigInteger(253, rng).mod(L));
        }
        return out;
    }

    @Test
    void splitsSatisfyTheCongruenceParityAndSizeBound() {
        int found = 0;
        for (BigInteger k : challenges()) {
            HalfSizeScalars.Split split = HalfSizeScalars.split(Scalar25519Test.littleEndian(k, 32));
            if (split == null) {
                continue;
            }
            found++;
            BigInteger v0 = Scalar25519Test.value(split.v0);
            BigInteger v1 = Scalar25519Test.value(split.v1);
            if (split.v0Negative) {
                v0 = v0.negate();
            }
            assertThat(v0.subtract(v1.multiply(k)).mod(HalfSizeScalars.ORDER_8L)).as(k.toString(16)).isZero();
            assertThat(v1.testBit(0)).isTrue();
            assertThat(v0.abs().bitLength()).isLessThanOrEqualTo(HalfSizeScalars.MAX_BITS);
            assertThat(v1.bitLength()).isLessThanOrEqualTo(HalfSizeScalars.MAX_BITS);
        }
        assertThat(found).as("nearly every random challenge splits").isGreaterThan(1900);
    }

    @Test
    void halfSizeAndFullLengthVerificationDecideAlike() {
        byte[] seed = new byte[32];
        for (int i = 0; i < 100; i++) {
            rng.nextBytes(seed);
            byte[] pk = Ed25519.publicKey(seed);
            Ed25519.PublicKey a = Ed25519.decodePublicKey(pk);
            byte[] msg = new byte[i];
            rng.nextBytes(msg);
            byte[] sig = Ed25519.sign(seed, pk, msg);
            if (i % 2 == 1) {
                sig[rng.nextInt(64)] ^= (byte) (1 << rng.nextInt(8));
            }
            boolean valid = i % 2 == 0;
            if (Scalar25519.isCanonical(sig, 32)) {
                byte[] r = Arrays.copyOf(sig, 32);
                byte[] s = Arrays.copyOfRange(sig, 32, 64);
                byte[] k = challenge(r, pk, msg);
                assertThat(Ed25519.verifyFullLength(a, r, s, k)).isEqualTo(Ed25519.verify(a, msg, sig));
            }
            assertThat(Ed25519.verify(a, msg, sig)).isEqualTo(valid);
        }
    }

    private static byte[] challenge(byte[] r, byte[] a, byte[] m) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-512");
            sha.update(r);
            sha.update(a);
            return Scalar25519.reduce(sha.digest(m));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
