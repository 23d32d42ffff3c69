package dev.citadel.cli;

import dev.citadel.testing.OptionalEnvironment;
import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.VectorCases;
import dev.citadel.testing.VectorCases.FileResult;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the shared-vector runners of corecrypto and cryptokit (their test-jars: every class marked
 * {@link RequiresVectors}) through the JUnit Platform Launcher and collects each file's result from
 * {@link VectorCases}. The runners are the ones {@code ./mvnw test} runs; nothing here decides a case.
 */
final class VectorSuites {

    /** Packages whose {@link RequiresVectors} classes are the vector runners. */
    static final List<String> PACKAGES = List.of("dev.citadel.corecrypto", "dev.citadel.cryptokit");
    /** The system property {@code AcvpHashTest} reads to run the ACVP large-data tests (1–8 GiB each). */
    static final String LDT_PROPERTY = "citadel.acvp.ldt";

    /**
     * What a run produced.
     *
     * @param files per-file results, in the order the runners reported them
     * @param errors runner tests that failed outside a file result (a crash, a case-count mismatch)
     * @param notRun runner tests that were skipped or aborted, with the reason
     */
    record Outcome(List<FileResult> files, List<String> errors, List<String> notRun) {}

    private VectorSuites() {}

    /**
     * Runs the runners against {@code vectors}; only tests whose name matches {@code only} (if non-null), the
     * ACVP large-data tests only with {@code ldt}. Without {@code verbose} the runners' own standard output is
     * discarded. Not reentrant: it sets process-wide test switches for the duration of the run.
     */
    static synchronized Outcome run(Path vectors, Pattern only, boolean ldt, boolean verbose) {
        List<Class<?>> runners = new ArrayList<>();
        for (String pkg : PACKAGES) {
            runners.addAll(ReflectionSupport.findAllClassesInPackage(pkg,
                    c -> AnnotationSupport.isAnnotated(c, RequiresVectors.class), name -> true));
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(runners.stream().map(DiscoverySelectors::selectClass).toList())
                .build();
        LauncherConfig config = LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .build();
        Collecting listener;
        PrintStream stdout = System.out;
        String ldtBefore = System.getProperty(LDT_PROPERTY);
        try (VectorCases.Collector collector = VectorCases.collect()) {
            listener = new Collecting(collector);
            OptionalEnvironment.overrideVectorsDirectory(vectors);
            OptionalEnvironment.selectTests(only);
            System.setProperty(LDT_PROPERTY, Boolean.toString(ldt));
            if (!verbose) {
                System.setOut(new PrintStream(OutputStream.nullOutputStream()));
            }
            try (LauncherSession session = LauncherFactory.openSession(config)) {
                session.getLauncher().execute(request, listener);
            }
        } finally {
            System.setOut(stdout);
            OptionalEnvironment.overrideVectorsDirectory(null);
            OptionalEnvironment.selectTests(null);
            if (ldtBefore == null) {
                System.clearProperty(LDT_PROPERTY);
            } else {
                System.setProperty(LDT_PROPERTY, ldtBefore);
            }
        }
        return new Outcome(List.copyOf(listener.files), List.copyOf(listener.errors), List.copyOf(listener.notRun));
    }

    /** Runs sequentially, so the file results drained after a test are that test's. */
    private static final class Collecting implements TestExecutionListener {
        private final VectorCases.Collector collector;
        final List<FileResult> files = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<String> notRun = new ArrayList<>();

        Collecting(VectorCases.Collector collector) {
            this.collector = collector;
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            if (!reason.startsWith(OptionalEnvironment.DESELECTED)) {
                notRun.add(name(id) + ": " + reason);
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            List<FileResult> reported = collector.drain();
            files.addAll(reported);
            String why = result.getThrowable().map(VectorSuites::firstLine).orElse("no reason given");
            switch (result.getStatus()) {
                case SUCCESSFUL -> { }
                case ABORTED -> notRun.add(name(id) + ": " + why);
                case FAILED -> {
                    if (reported.stream().allMatch(f -> f.failed() == 0)) {
                        errors.add(name(id) + ": " + why);
                    }
                }
            }
        }
    }

    /** A test's display name, prefixed by its class for a method (whose display name alone may be {@code run(String)}). */
    private static String name(TestIdentifier id) {
        return id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(ms -> ms.getClassName().substring(ms.getClassName().lastIndexOf('.') + 1) + " " + id.getDisplayName())
                .orElse(id.getDisplayName());
    }

    private static String firstLine(Throwable t) {
        String message = String.valueOf(t.getMessage()).strip();
        int newline = message.indexOf('\n');
        return t.getClass().getSimpleName() + ": " + (newline < 0 ? message : message.substring(0, newline));
    }
}
