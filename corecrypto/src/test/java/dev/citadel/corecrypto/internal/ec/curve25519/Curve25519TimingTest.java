package dev.citadel.corecrypto.internal.ec.curve25519;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.timing.ConstantTimeHarness;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Timing evidence for the constant-time curve25519 operations, with the dudect-style
 * {@link ConstantTimeHarness}: the detector must flag a deliberately leaky k·B (it skips zero digits);
 * the real k·B (Ed25519 key generation and the R of signing), the nonce reduction mod L, S = r + k·s, and
 * the X25519 ladder are measured and their |t| printed, not gated (docs/crypto-engines.md records the
 * figures).
 *
 * <p>Fixed class: k = 1 (63 zero digits; for X25519 the all-zero private key, which clamps to 2^254).
 * Random class: uniform scalars.
 */
class Curve25519TimingTest {

    private static final int SAMPLES = 6_000;
    private static final int WARMUP = 3_000;

    private final SplittableRandom rng = new SplittableRandom(25519);

    private static byte[] one() {
        byte[] k = new byte[32];
        k[0] = 1;
        return k;
    }

    private byte[] random(int length) {
        byte[] k = new byte[length];
        rng.nextBytes(k);
        return k;
    }

    private byte[] randomBelowL() {
        byte[] k = random(32);
        k[31] &= 0x0f; // below 2^252 < L
        return k;
    }

    @Test
    void detectorFlagsAPlantedLeak() {
        ConstantTimeHarness.Result r = ConstantTimeHarness.measure("", Curve25519TimingTest::leakyBase, Curve25519TimingTest::one, this::randomBelowL, WARMUP, SAMPLES, 1);
        report("planted leaky k·B", r);
        assertThat(r.maxAbsT()).as("the detector must see the planted leak").isGreaterThan(10);
    }

    @Test
    void baseMultiplicationTiming() {
        report("k·B", ConstantTimeHarness.measure("", EdwardsMultiply::base, Curve25519TimingTest::one, this::randomBelowL, WARMUP, SAMPLES, 2));
    }

    @Test
    void nonceReductionAndResponseTiming() {
        byte[] fixedWide = new byte[64];
        fixedWide[0] = 1;
        report("r = H mod L", ConstantTimeHarness.measure("", Scalar25519::reduce, fixedWide::clone, () -> random(64), WARMUP, SAMPLES, 3));
        byte[] k = randomBelowL();
        byte[] s = X25519.clamp(random(32));
        report("S = r + k·s", ConstantTimeHarness.measure("", r -> Scalar25519.mulAdd(k, s, r), Curve25519TimingTest::one, this::randomBelowL, WARMUP, SAMPLES, 4));
    }

    @Test
    void x25519LadderTiming() {
        byte[] u = X25519.publicKey(random(32));
        report("X25519 ladder", ConstantTimeHarness.measure("", k -> X25519.scalarMult(k, u), () -> new byte[32], () -> random(32), WARMUP / 3, SAMPLES / 3, 5));
    }

    private static void report(String what, ConstantTimeHarness.Result r) {
        System.out.printf("[timing] %s: max |t| = %.2f over %d samples (median fixed %.0f ns, random %.0f ns)%n",
                what, r.maxAbsT(), r.samples(), r.fixedMedianNanos(), r.randomMedianNanos());
    }

    /** DELIBERATELY LEAKY k·B for the detector's self-test: skips zero nibbles, indexes the table directly. */
    private static EdwardsPoint leakyBase(byte[] k) {
        EdwardsFormulas f = new EdwardsFormulas();
        EdwardsPoint acc = EdwardsPoint.identity();
        for (int i = 0; i < 64; i++) {
            int d = (k[i >>> 1] >>> (4 * (i & 1))) & 15;
            if (d != 0) {
                f.add(acc, acc, BaseTables.ODD[0], true);
            }
        }
        return acc;
    }
}
