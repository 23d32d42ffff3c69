package dev.citadel.corecrypto.timing;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A dudect-style timing-leak test (Reparaz, Balasch, Verbauwhede, "Dude, is my code constant time?",
 * DATE 2017) for any operation on a secret input.
 *
 * <ol>
 *   <li>Two classes of secret inputs: one fixed value, and fresh uniformly random values.</li>
 *   <li>The class of each measurement is drawn at random, so drift in the machine's speed (other jobs,
 *       frequency scaling, JIT recompilation) falls on both classes alike. All inputs are prepared before
 *       timing starts; untimed warm-up calls let the JIT compile first.</li>
 *   <li>Each call is timed alone with {@link System#nanoTime()}.</li>
 *   <li>Measurements are cropped at several percentiles of the pooled distribution (the upper tail is
 *       interrupts, GC and scheduling), and Welch's t statistic is computed for each crop and uncropped.</li>
 *   <li>The largest |t| is reported. |t| above 4.5 is dudect's conventional threshold for evidence that
 *       the two classes take different times, i.e. that timing depends on the secret.</li>
 * </ol>
 *
 * <p>It gives evidence, not proof: a small |t| on a noisy machine means no leak was seen at this sample
 * size, not that none exists.
 */
public final class ConstantTimeHarness {

    /** Crops: keep measurements at or below these percentiles of the pooled times (1.0 = no crop). */
    static final double[] CROP_PERCENTILES = {1.0, 0.99, 0.95, 0.9, 0.8, 0.7, 0.5};

    /** dudect's threshold of evidence. */
    public static final double T_THRESHOLD = 4.5;

    /**
     * The gate for real code on a shared build machine: far above dudect's 4.5 (load from other jobs moves
     * |t| into the single digits), far below what a planted leak gives (hundreds).
     */
    public static final double GROSS_LEAK = 50;

    /**
     * The outcome of one run.
     *
     * @param maxAbsT the largest |t| over all crops
     * @param worstCrop the crop percentile that gave it
     */
    public record Result(String operation, int samples, double maxAbsT, double worstCrop, double fixedMedianNanos,
            double randomMedianNanos) {

        public boolean leaks() {
            return maxAbsT > T_THRESHOLD;
        }

        public String line() {
            return String.format("[timing] %-34s samples %6d  max |t| %8.2f (crop %.2f)  median fixed %9.0f ns, random %9.0f ns",
                    operation, samples, maxAbsT, worstCrop, fixedMedianNanos, randomMedianNanos);
        }
    }

    private ConstantTimeHarness() {}

    /**
     * Times {@code operation} on {@code samples} inputs, each from the fixed class or (fresh) from the random
     * class with probability ½, after {@code warmup} untimed calls.
     */
    public static <T> Result measure(String name, Consumer<T> operation, Supplier<T> fixedClass, Supplier<T> randomClass,
            int warmup, int samples, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < warmup; i++) {
            operation.accept(rng.nextBoolean() ? fixedClass.get() : randomClass.get());
        }
        boolean[] fixed = new boolean[samples];
        Object[] inputs = new Object[samples];
        for (int i = 0; i < samples; i++) {
            fixed[i] = rng.nextBoolean();
            inputs[i] = fixed[i] ? fixedClass.get() : randomClass.get();
        }
        long[] times = new long[samples];
        for (int i = 0; i < samples; i++) {
            @SuppressWarnings("unchecked")
            T input = (T) inputs[i];
            long start = System.nanoTime();
            operation.accept(input);
            times[i] = System.nanoTime() - start;
        }
        return analyse(name, times, fixed);
    }

    /** Welch's t over each crop; the largest |t|. */
    static Result analyse(String name, long[] times, boolean[] fixed) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        double maxT = 0;
        double worst = 1.0;
        for (double p : CROP_PERCENTILES) {
            long limit = sorted[(int) Math.round(p * (sorted.length - 1))];
            double t = Math.abs(welch(times, fixed, limit));
            if (t > maxT || Double.isNaN(t)) {
                maxT = Double.isNaN(t) ? maxT : t;
                worst = p;
            }
        }
        return new Result(name, times.length, maxT, worst, median(times, fixed, true), median(times, fixed, false));
    }

    /** Welch's t statistic of the fixed class against the random class, measurements ≤ {@code limit} only. */
    static double welch(long[] times, boolean[] fixed, long limit) {
        double[] n = new double[2];
        double[] mean = new double[2];
        double[] m2 = new double[2];
        for (int i = 0; i < times.length; i++) {
            if (times[i] > limit) {
                continue;
            }
            int c = fixed[i] ? 0 : 1; // Welford's online mean and variance
            n[c]++;
            double delta = times[i] - mean[c];
            mean[c] += delta / n[c];
            m2[c] += delta * (times[i] - mean[c]);
        }
        if (n[0] < 2 || n[1] < 2) {
            return 0;
        }
        double var0 = m2[0] / (n[0] - 1);
        double var1 = m2[1] / (n[1] - 1);
        double se = Math.sqrt(var0 / n[0] + var1 / n[1]);
        return se == 0 ? 0 : (mean[0] - mean[1]) / se;
    }

    private static double median(long[] times, boolean[] fixed, boolean fixedClass) {
        long[] of = java.util.stream.IntStream.range(0, times.length).filter(i -> fixed[i] == fixedClass)
                .mapToLong(i -> times[i]).sorted().toArray();
        return of.length == 0 ? Double.NaN : of[of.length / 2];
    }
}
