package dev.citadel.bench.passkeys;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The operations of {@link PasskeysBenchmark}, timed in thread CPU time instead of wall-clock time: rounds of
 * {@value #ROUND_MILLIS} ms per operation, the operations interleaved round by round, and the median over
 * {@value #ROUNDS} rounds. Time the benchmark thread spends descheduled while other jobs run is not counted, and
 * load that comes and goes hits every operation alike, so the ratios hold on a busy machine where JMH's wall-clock
 * figures swing by 2× between iterations.
 *
 * <pre>java -cp bench-passkeys/target/benchmarks.jar dev.citadel.bench.passkeys.PasskeysCpuTime</pre>
 */
public final class PasskeysCpuTime {

    static final int ROUNDS = 15;
    static final int WARMUP_ROUNDS = 5;
    static final long ROUND_MILLIS = 300;

    private PasskeysCpuTime() {}

    public static void main(String[] args) throws Exception {
        Map<String, Callable<Object>> ops = new LinkedHashMap<>();
        for (PasskeysBenchmark.Fixture f : List.of(new PasskeysBenchmark.Es256(), new PasskeysBenchmark.EdDsa(),
                new PasskeysBenchmark.Rs256(), new PasskeysBenchmark.MlDsa65())) {
            f.setup();
            String alg = f.algorithm.name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
            ops.put(alg + " citadel", f::citadel);
            ops.put(alg + " webauthn4j", f::webauthn4j);
            if (f.yubico != null) {
                ops.put(alg + " yubico", f::yubico);
            }
            ops.put(alg + " bareVerify", () -> f.bare.verify(f.signature, f.signedData));
            ops.put(alg + " bareVerifyDecodedKey", () -> f.bareDecodedKey.verify(f.signature, f.signedData));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, List<Double>> perCpuSecond = new LinkedHashMap<>();
        ops.keySet().forEach(k -> perCpuSecond.put(k, new ArrayList<>()));
        Object sink = null;
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            for (Map.Entry<String, Callable<Object>> op : ops.entrySet()) {
                long end = System.nanoTime() + ROUND_MILLIS * 1_000_000;
                long cpu0 = mx.getCurrentThreadCpuTime();
                long n = 0;
                while (System.nanoTime() < end) {
                    sink = op.getValue().call();
                    n++;
                }
                long cpu = mx.getCurrentThreadCpuTime() - cpu0;
                if (round >= WARMUP_ROUNDS) {
                    perCpuSecond.get(op.getKey()).add(n / (cpu / 1e9));
                }
            }
        }
        System.out.println("| operation | ops per CPU-second (median of " + ROUNDS + " rounds) | citadel ÷ this |");
        System.out.println("|---|---:|---:|");
        for (Map.Entry<String, List<Double>> e : perCpuSecond.entrySet()) {
            String alg = e.getKey().substring(0, e.getKey().indexOf(' '));
            double median = median(e.getValue());
            double citadel = median(perCpuSecond.get(alg + " citadel"));
            System.out.printf("| %s | %,.0f | %.2f |%n", e.getKey(), median, citadel / median);
        }
        if (sink == null) {
            System.out.println();
        }
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
