package dev.citadel.testing;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts individual vector cases (one Wycheproof {@code tcId}, one ACVP test) that runners executed, so the
 * run summary can say how many cases ran, not only how many runner tests did. Runners call
 * {@link #executed(long, long)} once per file.
 */
public final class VectorCases {

    private static final AtomicLong EXECUTED = new AtomicLong();
    private static final AtomicLong SKIPPED = new AtomicLong();

    private VectorCases() {}

    /** Records that a runner executed {@code executed} cases and skipped {@code skipped} (with listed reasons). */
    public static void executed(long executed, long skipped) {
        EXECUTED.addAndGet(executed);
        SKIPPED.addAndGet(skipped);
    }

    static long executed() {
        return EXECUTED.get();
    }

    static long skipped() {
        return SKIPPED.get();
    }
}
