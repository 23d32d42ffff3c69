package dev.citadel.corecrypto.internal.ec.p384;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.corecrypto.timing.ConstantTimeHarness;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Timing evidence for P-384's constant-time k·G, k·P and inversion, with {@link ConstantTimeHarness}
 * (fixed class k = 1 or the element 1, random class uniform). Reported, and gated only against a gross
 * leak ({@link ConstantTimeHarness#GROSS_LEAK}); the detector's sensitivity is shown by the planted leaks
 * in {@code p256.ScalarMultiplicationTimingTest}.
 */
class P384TimingTest {

    private static final int SAMPLES = 3_000;
    private static final int WARMUP = 1_500;

    private final SplittableRandom rng = new SplittableRandom(384);

    @Test
    void baseMultiplicationTiming() {
        report("P-384 k·G", ConstantTimeHarness.measure("", P384Multiply::base, () -> scalar(BigInteger.ONE), this::randomScalar, WARMUP, SAMPLES, 7));
    }

    @Test
    void variableBaseMultiplicationTiming() {
        long[][] q = P384Multiply.base(randomScalar()).toAffine();
        long[] table = P384Multiply.multiplesTable(q[0], q[1]);
        report("P-384 k·P", ConstantTimeHarness.measure("", k -> P384Multiply.multiply(k, table), () -> scalar(BigInteger.ONE),
                this::randomScalar, WARMUP / 3, SAMPLES / 3, 8));
    }

    @Test
    void inversionTiming() {
        long[] r = new long[P384Field.LIMBS];
        report("P-384 field inversion", ConstantTimeHarness.measure("", x -> P384Field.invert(r, x), P384Field::one,
                () -> P384Field.fromBytes(randomScalar(), 0), WARMUP, SAMPLES, 9));
    }

    private static void report(String what, ConstantTimeHarness.Result r) {
        assertThat(r.maxAbsT()).as("%s: no gross leak", what).isLessThan(ConstantTimeHarness.GROSS_LEAK);
        System.out.printf("[timing] %s: max |t| = %.2f over %d samples (median fixed %.0f ns, random %.0f ns)%n",
                what, r.maxAbsT(), r.samples(), r.fixedMedianNanos(), r.randomMedianNanos());
    }

    private byte[] randomScalar() {
        byte[] k = new byte[48];
        rng.nextBytes(k);
        k[0] &= 0x7f; // below n and p
        return k;
    }

    private static byte[] scalar(BigInteger v) {
        return P384Limbs.bytes(v);
    }
}
