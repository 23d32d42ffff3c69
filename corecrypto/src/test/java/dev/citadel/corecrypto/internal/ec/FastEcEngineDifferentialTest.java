package dev.citadel.corecrypto.internal.ec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.ec.EcCurve;
import dev.citadel.corecrypto.internal.jca.JcaEcEngine;
import dev.citadel.corecrypto.pk.SignatureHash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fast engine against the JDK engine (SunEC, with BouncyCastle for d·G and RFC 6979) on random and
 * edge-case keys and messages, in both directions.
 */
class FastEcEngineDifferentialTest {

    private static final EcCurve CURVE = EcCurve.P_256;
    private static final BigInteger N = CURVE.order();
    private static final EcEngine FAST = FastEcEngine.INSTANCE;
    private static final EcEngine JDK = JcaEcEngine.INSTANCE;
    private static final SplittableRandom RNG = new SplittableRandom(0x6579_2025L);
    private static final RandomSource RANDOM = out -> {
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) RNG.nextInt();
        }
    };

    /**
     * 1, 2, 3, n − 1, n − 2, n − 3, 2^255, 2^255 − 1, 2^128 − 1, all-ones-ish high bits, the scalars whose
     * last signed window meets the doubling case of k·P (±2, ±4, …, ±32 mod n), window-boundary powers of
     * two and their neighbours, and random ones.
     */
    static List<byte[]> scalars() {
        List<BigInteger> values = new ArrayList<>(List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3),
                N.subtract(BigInteger.ONE), N.subtract(BigInteger.TWO), N.subtract(BigInteger.valueOf(3)),
                BigInteger.ONE.shiftLeft(255), BigInteger.ONE.shiftLeft(255).subtract(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(128),
                N.shiftRight(1), N.subtract(BigInteger.ONE.shiftLeft(200)), BigInteger.valueOf(16), BigInteger.valueOf(15),
                N.subtract(BigInteger.ONE.shiftLeft(224)), BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE).mod(N),
                N.subtract(BigInteger.ONE).shiftRight(4).shiftLeft(4)));
        for (int k = 4; k <= 32; k += 2) {
            values.add(BigInteger.valueOf(k));
            values.add(N.subtract(BigInteger.valueOf(k)));
        }
        for (int bit : new int[] {5, 6, 30, 31, 64, 65, 251, 252, 254}) {
            values.add(BigInteger.ONE.shiftLeft(bit));
            values.add(BigInteger.ONE.shiftLeft(bit).subtract(BigInteger.ONE));
            values.add(BigInteger.ONE.shiftLeft(bit).add(BigInteger.ONE));
        }
        for (int i = 0; i < 40; i++) {
            values.add(new BigInteger(1, RANDOM.bytes(32)).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE));
        }
        return values.stream().map(FastEcEngineDifferentialTest::fixed).toList();
    }

    @Test
    void publicPointAgreesWithJdkOnEdgeAndRandomScalars() {
        for (byte[] d : scalars()) {
            assertThat(FAST.publicPoint(CURVE, d)).as(new BigInteger(1, d).toString(16)).isEqualTo(JDK.publicPoint(CURVE, d));
        }
    }

    @Test
    void signaturesVerifyAcrossEnginesBothWays() {
        for (byte[] d : scalars()) {
            EcEngine.Point q = JDK.publicPoint(CURVE, d);
            byte[] digest = RANDOM.bytes(32);
            byte[] fastSig = FAST.signDigest(CURVE, d, digest, RANDOM);
            byte[] jdkSig = JDK.signDigest(CURVE, d, digest, RANDOM);
            assertThat(JDK.verifyDigest(CURVE, q, digest, fastSig)).isTrue();
            assertThat(FAST.verifyDigest(CURVE, q, digest, jdkSig)).isTrue();
            assertThat(FAST.verifyDigest(CURVE, q, digest, fastSig)).isTrue();
            byte[] other = digest.clone();
            other[RNG.nextInt(32)] ^= (byte) (1 << RNG.nextInt(8));
            assertThat(FAST.verifyDigest(CURVE, q, other, jdkSig)).isFalse();
            byte[] bad = fastSig.clone();
            bad[RNG.nextInt(64)] ^= (byte) (1 << RNG.nextInt(8));
            assertThat(FAST.verifyDigest(CURVE, q, digest, bad)).isEqualTo(JDK.verifyDigest(CURVE, q, digest, bad)).isFalse();
        }
    }

    @Test
    void reusedKeysVerifyLikeFreshOnes() {
        // The second verification with the same point object switches to per-key tables: every verdict,
        // valid or not, must stay the JDK's.
        for (byte[] d : scalars().subList(0, 12)) {
            EcEngine.Point q = JDK.publicPoint(CURVE, d);
            for (int i = 0; i < 4; i++) {
                byte[] digest = RANDOM.bytes(32);
                byte[] sig = JDK.signDigest(CURVE, d, digest, RANDOM);
                assertThat(FAST.verifyDigest(CURVE, q, digest, sig)).as("use %d", i).isTrue();
                byte[] bad = sig.clone();
                bad[RNG.nextInt(64)] ^= (byte) (1 << RNG.nextInt(8));
                assertThat(FAST.verifyDigest(CURVE, q, digest, bad)).isEqualTo(JDK.verifyDigest(CURVE, q, digest, bad));
            }
        }
    }

    @Test
    void signaturesWithEdgeComponentsVerifyLikeTheJdk() {
        // u1 and u2 at their extremes: digests 0, 1, n − 1, n (reduced to 0), 2^256 − 1 under a fixed key.
        byte[] d = fixed(BigInteger.valueOf(0x5eed));
        EcEngine.Point q = JDK.publicPoint(CURVE, d);
        for (BigInteger e : List.of(BigInteger.ZERO, BigInteger.ONE, N.subtract(BigInteger.ONE), N,
                BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE))) {
            byte[] digest = fixed(e.mod(BigInteger.ONE.shiftLeft(256)));
            byte[] sig = FAST.signDigest(CURVE, d, digest, RANDOM);
            assertThat(JDK.verifyDigest(CURVE, q, digest, sig)).isTrue();
            assertThat(FAST.verifyDigest(CURVE, q, digest, JDK.signDigest(CURVE, d, digest, RANDOM))).isTrue();
        }
    }

    @Test
    void invalidVerificationKeysAreRefused() {
        EcEngine.Point g = JDK.publicPoint(CURVE, fixed(BigInteger.ONE));
        byte[] sig = FAST.signDigest(CURVE, fixed(BigInteger.ONE), new byte[32], RANDOM);
        for (EcEngine.Point bad : List.of(new EcEngine.Point(g.x(), g.y().add(BigInteger.ONE)),
                new EcEngine.Point(BigInteger.ZERO, BigInteger.ZERO), new EcEngine.Point(g.x().add(CURVE.p()), g.y()),
                new EcEngine.Point(g.x(), CURVE.p().subtract(g.y()).add(CURVE.p())))) {
            assertThatThrownBy(() -> FAST.verifyDigest(CURVE, bad, new byte[32], sig)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void hedgedSignaturesDifferEachTime() {
        byte[] d = scalars().get(20);
        byte[] digest = new byte[32];
        assertThat(FAST.signDigest(CURVE, d, digest, RANDOM)).isNotEqualTo(FAST.signDigest(CURVE, d, digest, RANDOM));
    }

    @ParameterizedTest
    @EnumSource(SignatureHash.class)
    void deterministicSignaturesMatchBouncyCastleRfc6979(SignatureHash hash) {
        for (byte[] d : scalars().subList(0, 20)) {
            byte[] digest = RANDOM.bytes(hash.outputLength());
            assertThat(FAST.signDigestDeterministic(CURVE, d, hash, digest)).isEqualTo(JDK.signDigestDeterministic(CURVE, d, hash, digest));
        }
    }

    @Test
    void ecdhAgreesWithJdk() {
        List<byte[]> ds = scalars();
        for (int i = 0; i < ds.size(); i++) {
            byte[] d = ds.get(i);
            EcEngine.Point peer = JDK.publicPoint(CURVE, ds.get((i + 7) % ds.size()));
            assertThat(FAST.agree(CURVE, d, peer)).isEqualTo(JDK.agree(CURVE, d, peer));
        }
    }

    @Test
    void generatedKeysAreConsistent() {
        for (int i = 0; i < 20; i++) {
            EcEngine.KeyPair kp = FAST.generate(CURVE, RANDOM);
            BigInteger d = new BigInteger(1, kp.scalar());
            assertThat(d.signum()).isPositive();
            assertThat(d).isLessThan(N);
            assertThat(kp.point()).isEqualTo(JDK.publicPoint(CURVE, kp.scalar()));
        }
    }

    @Test
    void offCurvePeerIsRefused() {
        EcEngine.Point g = JDK.publicPoint(CURVE, fixed(BigInteger.ONE));
        EcEngine.Point off = new EcEngine.Point(g.x(), g.y().add(BigInteger.ONE));
        assertThatThrownBy(() -> FAST.agree(CURVE, fixed(BigInteger.TWO), off)).isInstanceOf(IllegalArgumentException.class);
        EcEngine.Point outside = new EcEngine.Point(CURVE.p(), g.y());
        assertThatThrownBy(() -> FAST.agree(CURVE, fixed(BigInteger.TWO), outside)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outOfRangeSignatureComponentsAreRejected() {
        byte[] d = fixed(BigInteger.valueOf(12345));
        EcEngine.Point q = JDK.publicPoint(CURVE, d);
        byte[] digest = new byte[32];
        byte[] sig = FAST.signDigest(CURVE, d, digest, RANDOM);
        byte[] rPlusN = sig.clone();
        System.arraycopy(fixed(new BigInteger(1, java.util.Arrays.copyOf(sig, 32)).add(N).mod(BigInteger.ONE.shiftLeft(256))), 0, rPlusN, 0, 32);
        assertThat(FAST.verifyDigest(CURVE, q, digest, rPlusN)).isFalse();
        assertThat(FAST.verifyDigest(CURVE, q, digest, new byte[64])).isFalse();
        assertThat(FAST.verifyDigest(CURVE, q, digest, java.util.Arrays.copyOf(sig, 63))).isFalse();
    }

    static byte[] fixed(BigInteger v) {
        byte[] b = v.toByteArray();
        byte[] out = new byte[32];
        int n = Math.min(b.length, 32);
        System.arraycopy(b, b.length - n, out, 32 - n, n);
        return out;
    }
}
