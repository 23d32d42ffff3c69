package dev.citadel.trust.limbo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Runs a suite through an engine and counts; the clock runs only around the evaluations. */
public final class LimboRunner {

    private LimboRunner() {}

    public static LimboReport run(LimboSuite suite, LimboEngine engine) {
        List<LimboCase> selected = new ArrayList<>();
        Map<String, List<String>> skipped = new TreeMap<>();
        for (LimboCase c : suite.cases()) {
            String feature = c.features().stream().filter(engine.unsupportedFeatures()::containsKey).findFirst().orElse(null);
            if (feature == null) {
                selected.add(c);
            } else {
                skipped.computeIfAbsent(feature, k -> new ArrayList<>()).add(c.id());
            }
        }
        boolean[] accepted = new boolean[selected.size()];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < accepted.length; i++) {
            accepted[i] = engine.accepts(selected.get(i));
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStart);
        int passed = 0;
        List<String> wronglyAccepted = new ArrayList<>();
        List<String> wronglyRejected = new ArrayList<>();
        for (int i = 0; i < accepted.length; i++) {
            LimboCase c = selected.get(i);
            if (accepted[i] == c.expectSuccess()) {
                passed++;
            } else if (accepted[i]) {
                wronglyAccepted.add(c.id());
            } else {
                wronglyRejected.add(c.id());
            }
        }
        skipped.replaceAll((k, v) -> List.copyOf(v));
        return new LimboReport(engine.name(), suite.cases().size(), passed, wronglyAccepted, wronglyRejected, skipped, wall, cpu);
    }
}
