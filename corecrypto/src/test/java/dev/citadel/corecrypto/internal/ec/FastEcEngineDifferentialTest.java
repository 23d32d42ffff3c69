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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast engine (Citadel's own P-256 and P-384) against the JDK engine (SunEC, with BouncyCastle for
 * d·G and RFC 6979) on random and edge-case keys and messages, in both directions.
 */
class FastEcEngineDifferentialTest {

    private static final EcEngine FAST = FastEcEngine.INSTANCE;
    private static final EcEngine JDK = JcaEcEngine.INSTANCE;
    private static final SplittableRandom RNG = new SplittableRandom(0x6579_2025L);
    private static final RandomSource RANDOM = out -> {
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) RNG.nextInt();
        }
    };

    /**
     * 1, 2, 3, n − 1, n − 2, n − 3, 2^(b−1), 2^(b−1) − 1, 2^128 − 1, all-ones-ish high bits, ±2, ±4, …,
     * ±32 mod n (the shape of the last-window doubling case of a signed-window k·P), window-boundary powers
     * of two and their neighbours, and random ones, for a curve of b-bit order.
     */
    static List<byte[]> scalars(EcCurve curve) {
        BigInteger n = curve.order();
        int b = n.bitLength();
        List<BigInteger> values = new ArrayList<>(List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3),
                n.subtract(BigInteger.ONE), n.subtract(BigInteger.TWO), n.subtract(BigInteger.valueOf(3)),
                BigInteger.ONE.shiftLeft(b - 1), BigInteger.ONE.shiftLeft(b - 1).subtract(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(128),
                n.shiftRight(1), n.subtract(BigInteger.ONE.shiftLeft(b - 56)), BigInteger.valueOf(16), BigInteger.valueOf(15),
                n.subtract(BigInteger.ONE.shiftLeft(b - 32)), BigInteger.ONE.shiftLeft(b).subtract(BigInteger.ONE).mod(n),
                n.subtract(BigInteger.ONE).shiftRight(4).shiftLeft(4)));
        for (int k = 4; k <= 32; k += 2) {
            values.add(BigInteger.valueOf(k));
            values.add(n.subtract(BigInteger.valueOf(k)));
        }
        for (int bit : new int[] {5, 6, 30, 31, 64, 65, b - 5, b - 4, b - 2}) {
            values.add(BigInteger.ONE.shiftLeft(bit));
            values.add(BigInteger.ONE.shiftLeft(bit).subtract(BigInteger.ONE));
            values.add(BigInteger.ONE.shiftLeft(bit).add(BigInteger.ONE));
        }
        for (int i = 0; i < 30; i++) {
            values.add(new BigInteger(1, RANDOM.bytes(b / 8)).mod(n.subtract(BigInteger.ONE)).add(BigInteger.ONE));
        }
        return values.stream().map(v -> fixed(v, curve)).toList();
    }

    static Stream<Arguments> curvesAndHashes() {
        return Stream.of(EcCurve.P_256, EcCurve.P_384)
                .flatMap(c -> Stream.of(SignatureHash.values()).map(h -> Arguments.of(c, h)));
    }

    @ParameterizedTest
    @EnumSource(value = EcCurve.class, names = {"P_256", "P_384"})
    void publicPointAgreesWithJdkOnEdgeAndRandomScalars(EcCurve curve) {
        for (byte[] d : scalars(curve)) {
            assertThat(FAST.publicPoint(curve, d)).as(new BigInteger(1, d).toString(16)).isEqualTo(JDK.publicPoint(curve, d));
        }
    }

    @ParameterizedTest
    @EnumSource(value = EcCurve.class, names = {"P_256", "P_384"})
    void signaturesVerifyAcrossEnginesBothWays(EcCurve curve) {
        int len = curve.coordinateLength();
        for (byte[] d : scalars(curve)) {
            EcEngine.Point q = JDK.publicPoint(curve, d);
            byte[] digest = RANDOM.bytes(len);
            byte[] fastSig = FAST.signDigest(curve, d, digest, RANDOM);
            byte[] jdkSig = JDK.signDigest(curve, d, digest, RANDOM);
            assertThat(JDK.verifyDigest(curve, q, digest, fastSig)).isTrue();
            assertThat(FAST.verifyDigest(curve, q, digest, jdkSig)).isTrue();
            assertThat(FAST.verifyDigest(curve, q, digest, fastSig)).isTrue();
            byte[] other = digest.clone();
            other[RNG.nextInt(len)] ^= (byte) (1 << RNG.nextInt(8));
            assertThat(FAST.verifyDigest(curve, q, other, jdkSig)).isFalse();
            byte[] bad = fastSig.clone();
            bad[RNG.nextInt(2 * len)] ^= (byte) (1 << RNG.nextInt(8));
            assertThat(FAST.verifyDigest(curve, q, digest, bad)).isEqualTo(JDK.verifyDigest(curve, q, digest, bad)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = EcCurve.class, names = {"P_256", "P_384"})
    void reusedKeysVerifyLikeFreshOnes(EcCurve curve) {
        // The second verification with the same point object switches to per-key tables: every verdict,
        // valid or not, must stay the JDK's.
        for (byte[] d : scalars(curve).subList(0, 12)) {
            EcEngine.Point q = JDK.publicPoint(curve, d);
            for (int i = 0; i < 4; i++) {
                byte[] digest = RANDOM.bytes(curve.coordinateLength());
                byte[] sig = JDK.signDigest(curve, d, digest, RANDOM);
                assertThat(FAST.verifyDigest(curve, q, digest, sig)).as("use %d", i).isTrue();
                byte[] bad = sig.clone();
                bad[RNG.nextInt(sig.length)] ^= (byte) (1 << RNG.nextInt(8));
                assertThat(FAST.verifyDigest(curve, q, digest, bad)).isEqualTo(JDK.verifyDigest(curve, q, digest, bad));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = EcCurve.class, names = {"P_256", "P_384"})
    void signaturesWithEdgeDigestsVerifyLikeTheJdk(EcCurve curve) {
        // u1 at its extremes: digests 0, 1, n − 1, n (reduced to 0), 2^b − 1 under a fixed key.
        BigInteger n = curve.order();
        byte[] d = fixed(BigInteger.valueOf(0x5eed), curve);
        EcEngine.Point q = JDK.publicPoint(curve, d);
        for (BigInteger e : List.of(BigInteger.ZERO, BigInteger.ONE, n.subtract(BigInteger.ONE), n,
                BigInteger.ONE.shiftLeft(n.bitLength()).subtract(BigInteger.ONE))) {
            byte[] digest = fixed(e, curve);
            byte[] sig = FAST.signDigest(curve, d, digest, RANDOM);
            assertThat(JDK.verifyDigest(curve, q, digest, sig)).isTrue();
            assertThat(FAST.verifyDigest(curve, q, digest, JDK.signDigest(curve, d, digest, RANDOM))).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = EcCurve.class, names = {"P_256", "P_384"})
    void invalidVerificationKeysAreRefused(EcCurve curve) {
        EcEngine.Point g = JDK.publicPoint(curve, fixed(BigInteger.ONE, curve));
        byte[] sig = FAST.signDigest(curve, fixed(BigInteger.ONE, curve), new byte[curve.coordinateLength()], RANDOM);
        for (EcEngine.Point bad : List.of(new EcEngine.Point(g.x(), g.y().add(BigInteger.ONE)),
                new EcEngine.Point(BigInteger.ZERO, BigInteger.ZERO), new EcEngine.Point(g.x().add(curve.p()), g.y()),
                new EcEngine.Point(g.x(), curve.p().subtract(g.y()).add(curve.p())))) {
            assertThatThrownBy(() -> FAST.verifyDigest(curve, bad, new byte[curve.coordinateLength()], sig))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(value = EcCurve.class, names = {"P_256", "P_384"})
    void hedgedSignaturesDifferEachTime(EcCurve curve) {
        byte[] d = scalars(curve).get(20);
        byte[] digest = new byte[curve.coordinateLength()];
        assertThat(FAST.signDigest(curve, d, digest, RANDOM)).isNotEqualTo(FAST.signDigest(curve, d, digest, RANDOM));
    }

    @ParameterizedTest
    @MethodSource("curvesAndHashes")
    void deterministicSignaturesMatchBouncyCastleRfc6979(EcCurve curve, SignatureHash hash) {
        for (byte[] d : scalars(curve).subList(0, 12)) {
            byte[] digest = RANDOM.bytes(hash.outputLength());
            assertThat(FAST.signDigestDeterministic(curve, d, hash, digest)).isEqualTo(JDK.signDigestDeterministic(curve, d, hash, digest));
        }
    }

    @ParameterizedTest
    @EnumSource(value = EcCurve.class, names = {"P_256", "P_384"})
    void ecdhAgreesWithJdk(EcCurve curve) {
        List<byte[]> ds = scalars(curve);
        for (int i = 0; i < ds.size(); i++) {
            byte[] d = ds.get(i);
            EcEngine.Point peer = JDK.publicPoint(curve, ds.get((i + 7) % ds.size()));
            assertThat(FAST.agree(curve, d, peer)).isEqualTo(JDK.agree(curve, d, peer));
        }
    }

    @ParameterizedTest
    @EnumSource(value = EcCurve.class, names = {"P_256", "P_384"})
    void generatedKeysAreConsistent(EcCurve curve) {
        for (int i = 0; i < 20; i++) {
            EcEngine.KeyPair kp = FAST.generate(curve, RANDOM);
            BigInteger d = new BigInteger(1, kp.scalar());
            assertThat(d.signum()).isPositive();
            assertThat(d).isLessThan(curve.order());
            assertThat(kp.point()).isEqualTo(JDK.publicPoint(curve, kp.scalar()));
        }
    }

    @ParameterizedTest
    @EnumSource(value = EcCurve.class, names = {"P_256", "P_384"})
    void offCurvePeerIsRefused(EcCurve curve) {
        EcEngine.Point g = JDK.publicPoint(curve, fixed(BigInteger.ONE, curve));
        EcEngine.Point off = new EcEngine.Point(g.x(), g.y().add(BigInteger.ONE));
        byte[] two = fixed(BigInteger.TWO, curve);
        assertThatThrownBy(() -> FAST.agree(curve, two, off)).isInstanceOf(IllegalArgumentException.class);
        EcEngine.Point outside = new EcEngine.Point(curve.p(), g.y());
        assertThatThrownBy(() -> FAST.agree(curve, two, outside)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(value = EcCurve.class, names = {"P_256", "P_384"})
    void outOfRangeSignatureComponentsAreRejected(EcCurve curve) {
        int len = curve.coordinateLength();
        BigInteger n = curve.order();
        byte[] d = fixed(BigInteger.valueOf(12345), curve);
        EcEngine.Point q = JDK.publicPoint(curve, d);
        byte[] digest = new byte[len];
        byte[] sig = FAST.signDigest(curve, d, digest, RANDOM);
        byte[] rPlusN = sig.clone();
        BigInteger r = new BigInteger(1, java.util.Arrays.copyOf(sig, len));
        System.arraycopy(fixed(r.add(n).mod(BigInteger.ONE.shiftLeft(8 * len)), curve), 0, rPlusN, 0, len);
        assertThat(FAST.verifyDigest(curve, q, digest, rPlusN)).isFalse();
        byte[] sPlusN = sig.clone();
        BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(sig, len, 2 * len));
        System.arraycopy(fixed(s.add(n).mod(BigInteger.ONE.shiftLeft(8 * len)), curve), 0, sPlusN, len, len);
        assertThat(FAST.verifyDigest(curve, q, digest, sPlusN)).isFalse();
        assertThat(FAST.verifyDigest(curve, q, digest, new byte[2 * len])).isFalse();
        assertThat(FAST.verifyDigest(curve, q, digest, java.util.Arrays.copyOf(sig, 2 * len - 1))).isFalse();
    }

    static byte[] fixed(BigInteger v, EcCurve curve) {
        int len = curve.coordinateLength();
        byte[] b = v.toByteArray();
        byte[] out = new byte[len];
        int n = Math.min(b.length, len);
        System.arraycopy(b, b.length - n, out, len - n, n);
        return out;
    }
}
