package dev.citadel.corecrypto;

import dev.citadel.corecrypto.internal.drbg.DrbgSelfTests;
import dev.citadel.corecrypto.internal.selftest.ModuleState;
import dev.citadel.corecrypto.pk.AsymmetricSelfTests;
import java.util.ArrayList;
import java.util.List;

/**
 * Power-on self-tests (FIPS 140-3 §7.10.2): one known-answer test per algorithm family, run once before
 * the first use of any service, whichever service comes first. The list: {@link KnownAnswerTests}
 * (hashes, SHAKE, MACs, KDFs, AEADs, AES modes), {@link AsymmetricSelfTests#all()} (ECDSA, ECDH, EdDSA,
 * XDH, RSA, ML-KEM, ML-DSA) and the HMAC_DRBG instantiate/reseed/generate tests of SP 800-90A §11.3.
 * Each expected value cites its source.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>No service returns output before the self-tests pass: every public entry point calls
 *       {@link #requireOperational()}.</li>
 *   <li>After any failure — a power-on KAT, a pairwise consistency test, a DRBG health test — the module is
 *       in the error state and every service refuses with {@link SelfTestFailedException}
 *       ({@code SELF_TEST_FAILED}). There is no way back short of restarting the JVM.</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Test the JDK provider's own integrity (no software integrity test of the JDK; see
 * {@code docs/crypto-fips.md}), or re-run periodically (call sites may rely on the state only).
 */
public final class SelfTest {

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

    /** Runs the self-tests if they have not run, and returns the module's state. */
    public static Result run() {
        return ModuleState.result(SelfTest::powerOn);
    }

    /** Returns when the module is operational; otherwise throws {@link SelfTestFailedException}. */
    public static void requireOperational() {
        if (ModuleState.selfTestRunningOnThisThread()) {
            return; // the known-answer tests themselves exercise the engines
        }
        Result r = run();
        if (!r.passed()) {
            throw new SelfTestFailedException(r.failure());
        }
    }

    /** Every power-on known-answer test, in a fixed order. */
    static List<KnownAnswerTest> powerOnTests() {
        List<KnownAnswerTest> all = new ArrayList<>(KnownAnswerTests.all());
        for (AsymmetricSelfTests.KnownAnswerTest t : AsymmetricSelfTests.all()) {
            all.add(new KnownAnswerTest(t.algorithm(), t.source(), t::passes));
        }
        for (DrbgSelfTests.KnownAnswerTest t : DrbgSelfTests.all()) {
            all.add(new KnownAnswerTest(t.algorithm(), t.source(), t::passes));
        }
        return List.copyOf(all);
    }

    private static Result powerOn() {
        return execute(powerOnTests());
    }

    static Result execute(List<KnownAnswerTest> tests) {
        List<String> algorithms = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (KnownAnswerTest t : tests) {
            algorithms.add(t.algorithm());
            if (!t.passes() || ModuleState.katFailureInjected(t.algorithm())) {
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
