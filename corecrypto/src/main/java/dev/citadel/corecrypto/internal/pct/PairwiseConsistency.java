package dev.citadel.corecrypto.internal.pct;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.ModuleErrorException;
import dev.citadel.corecrypto.internal.selftest.ModuleState;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Runs the pairwise consistency test (FIPS 140-3 IG 10.3.A) that every key-pair generation performs
 * before it returns a key: sign/verify for signature keys, agree/agree or encapsulate/decapsulate for
 * key-establishment keys. A failure discards the key, puts the module into the error state (a failed
 * conditional self-test, FIPS 140-3 §7.10.3) and throws {@code PAIRWISE_CONSISTENCY_FAILED}; every later
 * call refuses with {@code SELF_TEST_FAILED}.
 *
 * <p>Test seam: {@link #injectFailureForTesting(String)} (reached through
 * {@code internal.testing.SelfTestHooks}) makes the checks for one algorithm fail, so tests can prove that
 * generation refuses. It throws unless the test system property is set.
 */
public final class PairwiseConsistency {

    private static final Set<String> INJECTED_FAILURES = ConcurrentHashMap.newKeySet();

    private PairwiseConsistency() {}

    /** Runs {@code test}; on failure (or an injected one) enters the error state and throws. */
    public static void require(String algorithm, BooleanSupplier test) {
        boolean passed;
        try {
            passed = test.getAsBoolean() && !INJECTED_FAILURES.contains(algorithm);
        } catch (RuntimeException e) {
            passed = false;
        }
        if (!passed) {
            String why = "pairwise consistency test failed for a new " + algorithm + " key pair";
            ModuleState.enterErrorState(why);
            throw new ModuleErrorException(Reason.PAIRWISE_CONSISTENCY_FAILED, why);
        }
    }

    /** TEST SEAM: while the returned handle is open, PCTs for {@code algorithm} fail. */
    public static Injection injectFailureForTesting(String algorithm) {
        ModuleState.TestPermit.issue();
        INJECTED_FAILURES.add(algorithm);
        return () -> INJECTED_FAILURES.remove(algorithm);
    }

    /** An injected PCT failure; closing it removes the injection. */
    @FunctionalInterface
    public interface Injection extends AutoCloseable {
        @Override
        void close();
    }
}
