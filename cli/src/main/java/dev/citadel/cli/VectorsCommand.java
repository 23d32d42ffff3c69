package dev.citadel.cli;

import dev.citadel.testing.VectorCases.FileResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code citadel crypto vectors}: the Wycheproof, ACVP, HPKE and X-Wing suites against this build. */
@Command(name = "vectors", mixinStandardHelpOptions = true,
        description = {"Run the shared vector suites (Wycheproof, NIST ACVP, RFC, HPKE, X-Wing)",
                "against Citadel: corecrypto's and cryptokit's own runners, through JUnit.",
                "Prints per file the cases passed, failed and skipped (with reasons); totals.",
                "Exit 0 when no case failed, 1 otherwise, 2 when DIR is not a vectors directory."})
final class VectorsCommand implements Callable<Integer> {

    /** Sub-directories of which a vectors directory has at least one. */
    static final List<String> SUITES = List.of("wycheproof", "acvp", "xwing");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "the shared vectors directory (default: $CITADEL_VECTORS, else ../shared/vectors)")
    Path dir;

    @Option(names = "--ldt", description = "also run the ACVP large-data hash tests (1-8 GiB each; minutes)")
    boolean ldt;

    @Option(names = "--only", paramLabel = "REGEX",
            description = "run only the runner tests whose name contains a match of REGEX (Java syntax); "
                    + "a test's name contains its file's, e.g. aes_gcm, rsa_pss_2048, ECDSA-SigVer")
    String only;

    @Option(names = "--verbose", description = "show the runners' own output ([vectors] lines)")
    boolean verbose;

    @Override
    public Integer call() {
        Path root = vectorsDirectory();
        Pattern pattern = null;
        if (only != null) {
            try {
                pattern = Pattern.compile(only);
            } catch (PatternSyntaxException e) {
                throw new CliFailure("--only is not a regular expression: " + e.getDescription(), ExitCodes.USAGE);
            }
        }
        long started = System.nanoTime();
        VectorSuites.Outcome outcome = VectorSuites.run(root, pattern, ldt, verbose);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        if (outcome.files().isEmpty() && outcome.errors().isEmpty()) {
            throw new CliFailure("no vector file ran" + (only == null ? "" : " (--only '" + only + "' matched nothing)"),
                    ExitCodes.FAILED);
        }
        PrintWriter out = spec.commandLine().getOut();
        long failed = print(out, merge(outcome.files()), outcome, seconds);
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private Path vectorsDirectory() {
        String configured = Main.of(spec).environment().get("CITADEL_VECTORS");
        Path root = dir != null ? dir
                : configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "shared", "vectors");
        if (!Files.isDirectory(root)) {
            throw new CliFailure("vectors directory " + root + " does not exist", ExitCodes.USAGE);
        }
        if (SUITES.stream().noneMatch(s -> Files.isDirectory(root.resolve(s)))) {
            throw new CliFailure(root + " is not a vectors directory (it has none of " + String.join(", ", SUITES) + ")",
                    ExitCodes.USAGE);
        }
        return root;
    }

    /** One row per label: a runner that reports a label twice (one file, several parts) is summed. */
    static Map<String, FileResult> merge(List<FileResult> results) {
        Map<String, FileResult> rows = new TreeMap<>();
        for (FileResult r : results) {
            rows.merge(r.file(), r, (a, b) -> {
                Map<String, Long> reasons = new TreeMap<>(a.skipReasons());
                b.skipReasons().forEach((k, v) -> reasons.merge(k, v, Long::sum));
                return new FileResult(a.file(), a.passed() + b.passed(), a.failed() + b.failed(),
                        a.skipped() + b.skipped(), reasons);
            });
        }
        return rows;
    }

    /** Prints the table and returns the number of failures (failed cases plus runner errors). */
    private static long print(PrintWriter out, Map<String, FileResult> rows, VectorSuites.Outcome outcome, long seconds) {
        int width = Math.max(4, rows.keySet().stream().mapToInt(String::length).max().orElse(0));
        String row = "%-" + width + "s %8s %8s %8s%n";
        out.printf(row, "file", "passed", "failed", "skipped");
        long passed = 0;
        long failed = 0;
        long skipped = 0;
        for (FileResult r : rows.values()) {
            out.printf(row, r.file(), r.passed(), r.failed(), r.skipped());
            r.skipReasons().forEach((reason, count) -> out.printf("    skipped %d: %s%n", count, reason));
            passed += r.passed();
            failed += r.failed();
            skipped += r.skipped();
        }
        out.printf(row, "total (" + rows.size() + " files)", passed, failed, skipped);
        outcome.notRun().forEach(n -> out.println("not run: " + n));
        outcome.errors().forEach(e -> out.println("ERROR " + e));
        long failures = failed + outcome.errors().size();
        out.printf("%s: %d cases passed, %d failed, %d skipped, %d runner errors in %d s%n",
                failures == 0 ? "PASSED" : "FAILED", passed, failed, skipped, outcome.errors().size(), seconds);
        return failures;
    }
}
