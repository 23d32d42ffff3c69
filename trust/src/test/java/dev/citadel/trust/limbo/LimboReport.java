package dev.citadel.trust.limbo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one engine over the suite.
 *
 * @param skipped case ids per skipped feature
 * @param wallTime wall time spent evaluating (certificate parsing included, JSON decoding excluded)
 * @param cpuTime CPU time of the evaluating thread over the same span
 */
public record LimboReport(String engine, int total, int passed, List<String> wronglyAccepted, List<String> wronglyRejected,
        Map<String, List<String>> skipped, Duration wallTime, Duration cpuTime) {

    public LimboReport {
        wronglyAccepted = List.copyOf(wronglyAccepted);
        wronglyRejected = List.copyOf(wronglyRejected);
        skipped = Map.copyOf(skipped);
    }

    public int skippedCount() {
        return skipped.values().stream().mapToInt(List::size).sum();
    }

    /** One line: counts and time. */
    public String summary() {
        return String.format("%s: %d cases, %d as expected, %d wrongly accepted, %d wrongly rejected, %d skipped, %.2f s wall (%.2f s CPU)",
                engine, total, passed, wronglyAccepted.size(), wronglyRejected.size(), skippedCount(),
                wallTime.toNanos() / 1e9, cpuTime.toNanos() / 1e9);
    }
}
