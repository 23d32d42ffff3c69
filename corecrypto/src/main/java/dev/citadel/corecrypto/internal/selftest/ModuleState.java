package dev.citadel.corecrypto.internal.selftest;

import dev.citadel.corecrypto.ModuleErrorException;
import dev.citadel.corecrypto.SelfTest;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The FIPS 140-3 state of the module: not yet tested, operational, or in the error state. Held here (not
 * exported) so that the pairwise consistency test and the DRBG health tests, which live in other
 * internal packages, can put the module into the error state.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>The power-on self-tests run exactly once, before any service returns output; other threads wait.</li>
 *   <li>Once in the error state the module stays there: production code has no way back (FIPS 140-3
 *       §7.11: recovery is by power cycling, i.e. restarting the JVM).</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Survive a hostile caller inside the JVM: reflection or a second class loader can rebuild the state.
 * The test-only methods demand a {@link TestPermit}, which only {@code internal.testing.SelfTestHooks}
 * hands out, and only when the test system property is set.
 */
public final class ModuleState {

    private static final Object LOCK = new Object();
    private static final Set<String> INJECTED_KAT_FAILURES = ConcurrentHashMap.newKeySet();
    /** The thread running the power-on tests: its KATs call engines that check the state. */
    private static volatile Thread testing;
    /** {@code null} until the power-on self-tests have run. */
    private static volatile SelfTest.Result result;
    private static volatile boolean approvedMode;

    private ModuleState() {}

    /** The power-on result, running {@code powerOn} first if it has not run. */
    public static SelfTest.Result result(Supplier<SelfTest.Result> powerOn) {
        SelfTest.Result r = result;
        if (r != null) {
            return r;
        }
        synchronized (LOCK) {
            if (result == null) {
                if (testing == Thread.currentThread()) {
                    throw ModuleErrorException.bug("a known-answer test re-entered the power-on self-tests", null);
                }
                testing = Thread.currentThread();
                try {
                    SelfTest.Result outcome = powerOn.get();
                    if (result == null) { // a health test may already have entered the error state
                        result = outcome;
                    }
                } finally {
                    testing = null;
                }
            }
            return result;
        }
    }

    /** True while the calling thread runs the power-on self-tests (engines it calls must not wait for them). */
    public static boolean selfTestRunningOnThisThread() {
        return testing == Thread.currentThread();
    }

    /**
     * Enters the error state: every service refuses with {@code SELF_TEST_FAILED} from now on. Called by a
     * failed conditional test (pairwise consistency, DRBG health test). Never leaves it.
     */
    public static void enterErrorState(String why) {
        Objects.requireNonNull(why);
        synchronized (LOCK) {
            SelfTest.Result before = result;
            List<String> algorithms = before == null ? List.of() : before.algorithms();
            String failure = before == null || before.passed() ? why : before.failure() + "; " + why;
            result = new SelfTest.Result(false, algorithms, failure);
        }
    }

    /**
     * Enters the approved mode of operation (FIPS 140-3 §7.2.4): from now on, conditional self-tests run in
     * the form the FIPS 140-3 Implementation Guidance requires (IG 10.3.A: sign/verify for signature key
     * pairs). Entered when the application asks for {@code CryptoProfile.fips140()}; never left.
     */
    public static void enterApprovedMode() {
        approvedMode = true;
    }

    /** Whether the module runs in its approved mode of operation. */
    public static boolean approvedMode() {
        return approvedMode;
    }

    /** Whether a test has asked the known-answer test of {@code algorithm} to fail. */
    public static boolean katFailureInjected(String algorithm) {
        return !INJECTED_KAT_FAILURES.isEmpty() && INJECTED_KAT_FAILURES.contains(algorithm);
    }

    /** TEST SEAM: forgets the state, so the next service call reruns the power-on tests. */
    public static void resetForTesting(TestPermit permit) {
        Objects.requireNonNull(permit, "permit");
        synchronized (LOCK) {
            result = null;
            approvedMode = false;
        }
    }

    /** TEST SEAM: the KAT of {@code algorithm} fails at every later power-on run until cleared. */
    public static void injectKatFailureForTesting(TestPermit permit, String algorithm) {
        Objects.requireNonNull(permit, "permit");
        INJECTED_KAT_FAILURES.add(algorithm);
    }

    /** TEST SEAM: removes every injected KAT failure. */
    public static void clearKatFailuresForTesting(TestPermit permit) {
        Objects.requireNonNull(permit, "permit");
        INJECTED_KAT_FAILURES.clear();
    }

    /**
     * Proof that the caller is a test. Issued only when the JVM runs with the system property
     * {@value #PROPERTY}{@code =}{@value #ENABLED} (set by the build's test configuration, never in a
     * deployment); without it every test seam throws.
     */
    public static final class TestPermit {
        /** The system property that enables the test seams. */
        public static final String PROPERTY = "citadel.corecrypto.testHooks";
        /** Its one accepted value. */
        public static final String ENABLED = "enabled-for-tests-only";

        private TestPermit() {}

        /** A permit, or {@link IllegalStateException} outside tests. */
        public static TestPermit issue() {
            if (!ENABLED.equals(System.getProperty(PROPERTY))) {
                throw new IllegalStateException("corecrypto test seams are disabled (set -D" + PROPERTY + "=" + ENABLED + " in tests only)");
            }
            return new TestPermit();
        }
    }
}
