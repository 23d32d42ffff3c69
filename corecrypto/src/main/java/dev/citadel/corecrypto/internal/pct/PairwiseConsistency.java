package dev.citadel.corecrypto.internal.pct;

import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.ModuleErrorException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Runs the pairwise consistency test (FIPS 140-3 IG 10.3.A) that every key-pair generation performs
 * before it returns a key: sign/verify for signature keys, agree/agree or encapsulate/decapsulate for
 * key-establishment keys.
 *
 * <p>Test seam: {@link #injectFailureForTesting(String)} makes the next checks for one algorithm fail, so
 * tests can prove that generation refuses. The package is not exported; production code never calls it.
 */
public final class PairwiseConsistency {

    private static final Set<String> INJECTED_FAILURES = ConcurrentHashMap.newKeySet();

    private PairwiseConsistency() {}

    /** Runs {@code test}; throws {@code PAIRWISE_CONSISTENCY_FAILED} if it fails or a failure is injected. */
    public static void require(String algorithm, BooleanSupplier test) {
        boolean passed;
        try {
            passed = test.getAsBoolean() && !INJECTED_FAILURES.contains(algorithm);
        } catch (RuntimeException e) {
            passed = false;
        }
        if (!passed) {
            throw new ModuleErrorException(Reason.PAIRWISE_CONSISTENCY_FAILED, "pairwise consistency test failed for a new " + algorithm + " key pair");
        }
    }

    /** TEST SEAM: while the returned handle is open, PCTs for {@code algorithm} fail. */
    public static Injection injectFailureForTesting(String algorithm) {
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
