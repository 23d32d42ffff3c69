package dev.citadel.corecrypto.internal.testing;

import dev.citadel.corecrypto.internal.pct.PairwiseConsistency;
import dev.citadel.corecrypto.internal.selftest.ModuleState;
import dev.citadel.corecrypto.internal.selftest.ModuleState.TestPermit;

/**
 * TEST SEAMS for the FIPS 140-3 self-test behaviour. Not for production: the package is not exported by
 * {@code module-info}, and every method throws unless the JVM runs with
 * {@code -Dcitadel.corecrypto.testHooks=enabled-for-tests-only} (the test configuration of the build).
 * {@code grep -rn SelfTestHooks} lists every use.
 *
 * <p>Production has no way out of the error state except restarting the JVM; {@link #restart()} exists
 * only so that one test JVM can prove the error state several times.
 */
public final class SelfTestHooks {

    private SelfTestHooks() {}

    /**
     * Makes the power-on known-answer test of {@code algorithm} (its name in {@code SelfTest.Result.algorithms()},
     * e.g. {@code "SHA-256"}, {@code "ECDSA P-256"}, {@code "HMAC_DRBG SHA-256 generate"}) fail, and reruns the
     * power-on tests: the module is then in the error state.
     */
    public static void injectKatFailure(String algorithm) {
        TestPermit permit = TestPermit.issue();
        ModuleState.injectKatFailureForTesting(permit, algorithm);
        ModuleState.resetForTesting(permit);
    }

    /** While the returned handle is open, pairwise consistency tests for {@code algorithm} fail. */
    public static PairwiseConsistency.Injection injectPctFailure(String algorithm) {
        return PairwiseConsistency.injectFailureForTesting(algorithm);
    }

    /** Clears injected KAT failures and forgets the state: the next service call reruns the power-on tests. */
    public static void restart() {
        TestPermit permit = TestPermit.issue();
        ModuleState.clearKatFailuresForTesting(permit);
        ModuleState.resetForTesting(permit);
    }
}
