package dev.citadel.testing;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of each module's test run, how many shared-vector cases and external-tool tests
 * actually ran, and why any were skipped. Registered through {@code META-INF/services}.
 */
public final class OptionalEnvironmentSummary implements TestExecutionListener {

    private final AtomicInteger vectorCases = new AtomicInteger();
    private final AtomicInteger toolTests = new AtomicInteger();

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) {
            return;
        }
        Optional<AnnotatedElement> element = element(id.getSource().orElse(null));
        if (element.isEmpty()) {
            return;
        }
        if (annotated(element.get(), RequiresVectors.class)) {
            vectorCases.incrementAndGet();
        }
        if (annotated(element.get(), RequiresTool.class)) {
            toolTests.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        int skipped = SkipLedger.skips().values().stream().mapToInt(AtomicInteger::get).sum();
        if (vectorCases.get() == 0 && toolTests.get() == 0 && skipped == 0) {
            return;
        }
        System.out.printf("[citadel] optional environment: %d shared-vector tests ran (%d vector cases executed, %d "
                + "cases skipped with listed reasons), %d external-tool tests ran, %d tests skipped%n", vectorCases.get(),
                VectorCases.executed(), VectorCases.skipped(), toolTests.get(), skipped);
        SkipLedger.skips().forEach((reason, count) -> System.out.printf("[citadel]   skipped %d: %s%n", count.get(), reason));
    }

    private static boolean annotated(AnnotatedElement method, Class<? extends java.lang.annotation.Annotation> type) {
        if (AnnotationSupport.isAnnotated(method, type)) {
            return true;
        }
        return method instanceof Method m && AnnotationSupport.isAnnotated(m.getDeclaringClass(), type);
    }

    private static Optional<AnnotatedElement> element(TestSource source) {
        if (source instanceof MethodSource ms) {
            try {
                return Optional.of(ms.getJavaMethod());
            } catch (Exception e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
