package dev.citadel.corecrypto.internal.ec.curve25519;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.internal.ec.EdwardsEngine;
import dev.citadel.corecrypto.internal.jca.JcaEdwardsEngine;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Signatures crafted around the edge cases of RFC 8032 §5.1.7, where implementations disagree ("Taming
 * the many EdDSAs", Chalkias et al. 2020): torsion components in A or R, the identity as R. Citadel's
 * decision must equal the JDK's on every one (cofactorless equation, strict decoding).
 */
class Ed25519StrictnessTest {

    private static final BigInteger L = Scalar25519Test.L;
    private static final EdwardsEngine.Verifier NONE = (m, s) -> false;
    /** A point of order 8 (RFC 8032 points of small order). */
    private static final byte[] ORDER_8 = HexFormat.of().parseHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a");
    private static final byte[] IDENTITY = HexFormat.of().parseHex("0100000000000000000000000000000000000000000000000000000000000000");

    private final SplittableRandom rng = new SplittableRandom(7);

    private BigInteger randomScalar() {
        return new BigInteger(300, new java.util.Random(rng.nextLong())).mod(L);
    }

    private static byte[] le(BigInteger v) {
        return Scalar25519Test.littleEndian(v, 32);
    }

    private static EdwardsPoint times(BigInteger k) {
        return EdwardsMultiply.base(le(k));
    }

    private static EdwardsPoint plus(EdwardsPoint p, byte[] encoding) {
        EdwardsFormulas.Cached q = new EdwardsFormulas.Cached();
        EdwardsFormulas.toCached(q, EdwardsPoint.decode(encoding, 0));
        EdwardsPoint r = new EdwardsPoint();
        new EdwardsFormulas().add(r, p, q, true);
        return r;
    }

    private static BigInteger challenge(byte[] r, byte[] a, byte[] m) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-512");
        sha.update(r);
        sha.update(a);
        return Scalar25519Test.value(sha.digest(m)).mod(L);
    }

    /** The signature (R, S = r' + k·a mod L) with k computed over the given R and A encodings. */
    private static byte[] signature(byte[] encodedR, BigInteger rScalar, byte[] encodedA, BigInteger a, byte[] m) throws Exception {
        BigInteger k = challenge(encodedR, encodedA, m);
        byte[] sig = Arrays.copyOf(encodedR, 64);
        System.arraycopy(le(rScalar.add(k.multiply(a)).mod(L)), 0, sig, 32, 32);
        return sig;
    }

    private static boolean[] decide(byte[] encodedA, byte[] m, byte[] sig) {
        EdwardsEngine.Verifier fast = dev.citadel.corecrypto.internal.ec.FastEdwardsEngine.INSTANCE.verifier(EdwardsEngine.Curve.ED25519, encodedA).orElse(NONE);
        EdwardsEngine.Verifier jdk = JcaEdwardsEngine.INSTANCE.verifier(EdwardsEngine.Curve.ED25519, encodedA).orElse(NONE);
        return new boolean[] {fast.verify(m, sig), jdk.verify(m, sig)};
    }

    @Test
    @DisplayName("A with a torsion component: accepted exactly when 8 divides k, as the JDK decides")
    void mixedOrderPublicKey() throws Exception {
        BigInteger a = randomScalar();
        byte[] encodedA = plus(times(a), ORDER_8).encode();
        assertThat(dev.citadel.corecrypto.internal.ec.FastEdwardsEngine.INSTANCE.verifier(EdwardsEngine.Curve.ED25519, encodedA)).isPresent();
        int accepted = 0;
        for (int i = 0; i < 64; i++) {
            byte[] m = {(byte) i};
            BigInteger r = randomScalar();
            byte[] sig = signature(times(r).encode(), r, encodedA, a, m);
            boolean[] d = decide(encodedA, m, sig);
            assertThat(d[0]).as("message %d", i).isEqualTo(d[1]);
            assertThat(d[0]).isEqualTo(challenge(Arrays.copyOf(sig, 32), encodedA, m).mod(BigInteger.valueOf(8)).signum() == 0);
            accepted += d[0] ? 1 : 0;
        }
        assertThat(accepted).as("some accepted, most refused").isBetween(1, 32);
    }

    @Test
    @DisplayName("R + T (T of order 8) passes the cofactored equation only: refused, as by the JDK")
    void cofactoredOnlySignature() throws Exception {
        BigInteger a = randomScalar();
        byte[] encodedA = times(a).encode();
        for (int i = 0; i < 16; i++) {
            byte[] m = {(byte) i, 1};
            BigInteger r = randomScalar();
            byte[] sig = signature(plus(times(r), ORDER_8).encode(), r, encodedA, a, m);
            assertThat(decide(encodedA, m, sig)).containsExactly(false, false);
        }
    }

    @Test
    @DisplayName("R = identity with S = k·a: a valid cofactorless signature, accepted, as by the JDK")
    void identityAsR() throws Exception {
        BigInteger a = randomScalar();
        byte[] encodedA = times(a).encode();
        byte[] m = "identity R".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] sig = signature(IDENTITY, BigInteger.ZERO, encodedA, a, m);
        assertThat(decide(encodedA, m, sig)).containsExactly(true, true);
    }

    @Test
    @DisplayName("R with y ≥ p (an alias of a valid R's encoding is impossible, but the bytes are refused)")
    void nonCanonicalR() throws Exception {
        BigInteger a = randomScalar();
        byte[] encodedA = times(a).encode();
        byte[] m = {42};
        byte[] r = HexFormat.of().parseHex("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"); // y = p + 1 ≡ 1
        assertThat(decide(encodedA, m, signature(r, BigInteger.ZERO, encodedA, a, m))).containsExactly(false, false);
    }

    @Test
    @DisplayName("small-order public keys are refused at import by both engines")
    void smallOrderPublicKeys() {
        for (byte[] e : new byte[][] {IDENTITY, ORDER_8}) {
            assertThat(Ed25519.decodePublicKey(e)).isNull();
            assertThat(JcaEdwardsEngine.INSTANCE.verifier(EdwardsEngine.Curve.ED25519, e)).isEmpty();
        }
    }
}
