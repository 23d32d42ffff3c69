package dev.citadel.corecrypto;

import java.util.ArrayList;
import java.util.List;

/**
 * Power-on self-tests: the known-answer tests of {@link KnownAnswerTests}, one (or one per direction) per
 * algorithm, run once before first use. After any failure the module is in the error state and every
 * service refuses with {@link SelfTestFailedException} ({@code SELF_TEST_FAILED}).
 */
public final class SelfTest {

    private static volatile Result result;

    private SelfTest() {}

    /**
     * The outcome of the power-on self-tests.
     *
     * @param algorithms every algorithm whose KAT ran
     * @param failure the failed tests, or {@code null} when all passed
     */
    public record Result(boolean passed, List<String> algorithms, String failure) {
        public Result {
            algorithms = List.copyOf(algorithms);
        }
    }

    /** Runs the self-tests if they have not run, and returns their result. */
    public static Result run() {
        Result r = result;
        if (r == null) {
            synchronized (SelfTest.class) {
                if (result == null) {
                    result = execute(KnownAnswerTests.all());
                }
                r = result;
            }
        }
        return r;
    }

    /** Returns when the module is operational; otherwise throws {@link SelfTestFailedException}. */
    public static void requireOperational() {
        Result r = run();
        if (!r.passed()) {
            throw new SelfTestFailedException(r.failure());
        }
    }

    static Result execute(List<KnownAnswerTest> tests) {
        List<String> algorithms = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (KnownAnswerTest t : tests) {
            algorithms.add(t.algorithm());
            if (!t.passes()) {
                failed.add(t.algorithm() + " (" + t.source() + ")");
            }
        }
        return failed.isEmpty()
                ? new Result(true, algorithms, null)
                : new Result(false, algorithms, "known-answer test failed: " + String.join(", ", failed));
    }

    /** Thrown by every service while the module is in the error state. */
    public static final class SelfTestFailedException extends ModuleErrorException {
        private static final long serialVersionUID = 1L;

        SelfTestFailedException(String failure) {
            super(Reason.SELF_TEST_FAILED, "corecrypto is in the error state: " + failure);
        }
    }
}
