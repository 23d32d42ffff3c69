package dev.citadel.corecrypto.internal.ec;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A dudect-style leak detector (Reparaz, Balasch, Verbauwhede, "Dude, is my code constant time?", DATE
 * 2017): inputs from a fixed class and a random class are interleaved in random order, each call is
 * timed, and Welch's t-test compares the two timing distributions. Measurements above several
 * percentiles are cropped (scheduling and GC noise lives in the upper tail) and the largest |t| over the
 * crops is reported. |t| above 4.5 is dudect's conventional evidence of a leak; a constant-time
 * implementation on a quiet machine stays well below.
 *
 * <p>Test-only: timing on a shared machine is noisy, so callers gate only on a planted leak, which gives
 * a |t| far above any noise.
 */
public final class TimingLeakDetector {

    private static final double[] CROP_PERCENTILES = {0.5, 0.75, 0.9, 0.95, 0.99};

    /**
     * A |t| no amount of scheduling noise on the build machines has produced (the real code stays below
     * 4 under load) while every planted leak exceeds it many times over: the only gate on real code.
     */
    public static final double GROSS_LEAK = 50;

    /** The largest |t| over the crops, and the sample count. */
    public record Result(double maxAbsT, int samples, double fixedMeanNanos, double randomMeanNanos) {}

    private TimingLeakDetector() {}

    /**
     * Times {@code operation} on {@code samples} inputs, half from {@code fixedClass}, half from
     * {@code randomClass}, in random order, after {@code warmup} untimed calls. Both suppliers are called
     * once per sample, so the fixed value lives in a fresh object each time, as the random ones do: one
     * object reused for every fixed sample would stay in cache while the random ones are spread over memory,
     * a difference of where the data is, not of what it is.
     */
    public static <T> Result measure(Consumer<T> operation, java.util.function.Supplier<T> fixedClass,
            java.util.function.Supplier<T> randomClass, int warmup, int samples, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < warmup; i++) {
            operation.accept(rng.nextBoolean() ? fixedClass.get() : randomClass.get());
        }
        boolean[] isFixed = new boolean[samples];
        @SuppressWarnings("unchecked")
        T[] inputs = (T[]) new Object[samples];
        for (int i = 0; i < samples; i++) {
            isFixed[i] = rng.nextBoolean();
            inputs[i] = isFixed[i] ? fixedClass.get() : randomClass.get();
        }
        long[] times = new long[samples];
        for (int i = 0; i < samples; i++) {
            T input = inputs[i];
            long start = System.nanoTime();
            operation.accept(input);
            times[i] = System.nanoTime() - start;
        }
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        double maxT = 0;
        double[] means = null;
        for (double p : CROP_PERCENTILES) {
            long limit = sorted[(int) (p * (samples - 1))];
            double[] stats = welch(times, isFixed, limit);
            // A crop that keeps fewer than two samples of a class, or no spread in either, gives NaN: no
            // evidence either way. Math.max would let one NaN poison the result (and NaN compares above
            // every threshold in AssertJ), so such crops are skipped.
            if (!Double.isNaN(stats[0])) {
                maxT = Math.max(maxT, Math.abs(stats[0]));
            }
            means = stats;
        }
        return new Result(maxT, samples, means[1], means[2]);
    }

    /** {t, mean fixed, mean random} over measurements ≤ limit. */
    private static double[] welch(long[] times, boolean[] isFixed, long limit) {
        double[] n = new double[2];
        double[] mean = new double[2];
        double[] m2 = new double[2];
        for (int i = 0; i < times.length; i++) {
            if (times[i] > limit) {
                continue;
            }
            int c = isFixed[i] ? 0 : 1;
            n[c]++;
            double delta = times[i] - mean[c];
            mean[c] += delta / n[c];
            m2[c] += delta * (times[i] - mean[c]);
        }
        double v0 = m2[0] / (n[0] - 1);
        double v1 = m2[1] / (n[1] - 1);
        double t = (mean[0] - mean[1]) / Math.sqrt(v0 / n[0] + v1 / n[1]);
        return new double[] {t, mean[0], mean[1]};
    }
}
