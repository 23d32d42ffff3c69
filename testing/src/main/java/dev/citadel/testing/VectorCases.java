package dev.citadel.testing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts individual vector cases (one Wycheproof {@code tcId}, one ACVP test) that runners executed, so the
 * run summary can say how many cases ran, not only how many runner tests did, and hands each file's result
 * to any open {@link Collector} (the {@code citadel crypto vectors} command reads them). Runners call
 * {@link #report} once per file.
 */
public final class VectorCases {

    private static final AtomicLong EXECUTED = new AtomicLong();
    private static final AtomicLong SKIPPED = new AtomicLong();
    private static final List<Collector> COLLECTORS = new CopyOnWriteArrayList<>();

    private VectorCases() {}

    /**
     * The outcome of one vector file (or one named set within a file).
     *
     * @param file the file's label as the runner prints it, e.g. {@code wycheproof aes_gcm_test.json}
     * @param passed cases whose outcome Citadel got right (accepted or rejected as expected)
     * @param failed cases it got wrong
     * @param skipped cases not run, each with a listed reason
     * @param skipReasons how many cases each reason skipped
     */
    public record FileResult(String file, long passed, long failed, long skipped, Map<String, Long> skipReasons) {
        public FileResult {
            skipReasons = Map.copyOf(skipReasons);
        }
    }

    /** Records the outcome of one file; {@code skipReasons} counts the skipped cases per reason. */
    public static void report(String file, long passed, long failed, long skipped, Map<String, ? extends Number> skipReasons) {
        EXECUTED.addAndGet(passed + failed);
        SKIPPED.addAndGet(skipped);
        Map<String, Long> reasons = new TreeMap<>();
        skipReasons.forEach((reason, count) -> reasons.put(reason, count.longValue()));
        FileResult result = new FileResult(file, passed, failed, skipped, reasons);
        COLLECTORS.forEach(c -> c.results.add(result));
    }

    /** Records that a runner executed {@code executed} cases and skipped {@code skipped} (with listed reasons). */
    public static void executed(long executed, long skipped) {
        EXECUTED.addAndGet(executed);
        SKIPPED.addAndGet(skipped);
    }

    /** Starts collecting every {@link FileResult} reported from now until the collector is closed. */
    public static Collector collect() {
        Collector collector = new Collector();
        COLLECTORS.add(collector);
        return collector;
    }

    /** Receives file results while open; {@link #drain()} takes those that arrived so far. */
    public static final class Collector implements AutoCloseable {
        private final ConcurrentLinkedQueue<FileResult> results = new ConcurrentLinkedQueue<>();

        private Collector() {}

        /** The results reported since the last drain, in arrival order. */
        public List<FileResult> drain() {
            List<FileResult> out = new java.util.ArrayList<>();
            for (FileResult r; (r = results.poll()) != null; ) {
                out.add(r);
            }
            return out;
        }

        @Override
        public void close() {
            COLLECTORS.remove(this);
        }
    }

    static long executed() {
        return EXECUTED.get();
    }

    static long skipped() {
        return SKIPPED.get();
    }
}
