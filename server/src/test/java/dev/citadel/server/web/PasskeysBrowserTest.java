package dev.citadel.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.server.RunningServer;
import dev.citadel.testing.RequiresTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The passkey pages end to end in a real browser: starts the server (SQLite, an ephemeral port, origin
 * {@code http://localhost:PORT}, rp id {@code localhost}) and runs {@code src/test/browser/passkeys.test.mjs}
 * under Node, which drives Debian's {@code /usr/bin/chromium} through {@code playwright-core} with the
 * DevTools virtual authenticator. Each scenario of the script becomes one test here; a failing scenario fails
 * with the script's own report, and a script that fails outside any scenario fails with its whole output.
 *
 * <p>Runs {@code npm ci} first when {@code node_modules} is missing ({@code .ci/run} does it beforehand).
 * The screenshot of the sign-in welcome lands in {@code target/browser/passkeys-welcome.png}.
 */
@RequiresTool({"node", "npm", "chromium"})
class PasskeysBrowserTest {

    /** The Node package of the browser tests, relative to the server module (surefire's working directory). */
    static final Path PACKAGE = Path.of("src", "test", "browser");
    static final String SCRIPT = "passkeys.test.mjs";
    static final Path SCREENSHOT = Path.of("target", "browser", "passkeys-welcome.png");
    /** Bounds the whole browser run (a dozen scenarios take well under a minute on an idle machine). */
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);
    static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);

    /**
     * Every ceremony call of the run comes from 127.0.0.1 (about 60 in 20 s), above the per-address default;
     * the limiter itself is tested in {@code RateLimiterTest}.
     */
    static final Map<String, String> SETTINGS = Map.of("passkeys.rate-limit.burst", "1000",
            "passkeys.rate-limit.per-minute", "1000");

    /** A TAP result line of node's test runner: indentation, verdict, number, name (and a skip/todo directive). */
    private static final Pattern RESULT = Pattern.compile("^( *)(ok|not ok) \\d+ - (.*?)(?: # (SKIP|TODO).*)?$");

    @TempDir
    Path dataDirectory;

    @TestFactory
    Stream<DynamicTest> passkeysInChromium() throws Exception {
        installPackage();
        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);
        Run run;
        try (RunningServer server = RunningServer.start(dataDirectory, SETTINGS)) {
            run = runScript("http://localhost:" + server.server.port());
        }
        List<Scenario> scenarios = scenarios(run.output());
        List<DynamicTest> tests = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            tests.add(DynamicTest.dynamicTest(scenario.name(), () -> {
                assertThat(scenario.passed()).as("%s%n%s", scenario.name(), scenario.report()).isTrue();
            }));
        }
        tests.add(DynamicTest.dynamicTest("the browser run ends cleanly", () -> {
            assertThat(scenarios).as("no scenario reported; output:%n%s", run.output()).isNotEmpty();
            assertThat(run.exitCode()).as("node exit code; output:%n%s", run.output()).isZero();
            assertThat(SCREENSHOT).as("the sign-in welcome screenshot").isNotEmptyFile();
        }));
        return tests.stream();
    }

    /** One leaf test of the script: its name, whether it passed, and the report under its result line. */
    record Scenario(String name, boolean passed, String report) {}

    record Run(int exitCode, String output) {}

    /** Leaf results (indented under the suite) with the YAML block each carries. */
    static List<Scenario> scenarios(String tap) {
        List<Scenario> out = new ArrayList<>();
        String[] lines = tap.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RESULT.matcher(lines[i]);
            if (!m.matches() || m.group(1).isEmpty()) {
                continue; // the suite's own line; its failures surface through the exit code
            }
            StringBuilder report = new StringBuilder();
            for (int j = i + 1; j < lines.length && !RESULT.matcher(lines[j]).matches()
                    && !lines[j].trim().startsWith("# Subtest:"); j++) {
                report.append(lines[j]).append('\n');
            }
            out.add(new Scenario(m.group(3), m.group(2).equals("ok"), report.toString()));
        }
        return out;
    }

    private static void installPackage() throws IOException, InterruptedException {
        if (Files.isDirectory(PACKAGE.resolve("node_modules").resolve("playwright-core"))) {
            return;
        }
        Run npm = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), NPM_TIMEOUT);
        assertThat(npm.exitCode()).as("npm ci in %s:%n%s", PACKAGE, npm.output()).isZero();
    }

    private static Run runScript(String baseUrl) throws IOException, InterruptedException {
        Run run = run(List.of("node", "--test", "--test-reporter=tap", SCRIPT),
                Map.of("CITADEL_BASE_URL", baseUrl, "CITADEL_SCREENSHOT", SCREENSHOT.toAbsolutePath().toString()),
                RUN_TIMEOUT);
        // The build log gets the browser's version and the totals; the whole report when the run failed.
        System.out.println(run.exitCode() == 0 ? run.output().lines()
                .filter(l -> l.startsWith("# ") && !l.startsWith("# Subtest")).collect(Collectors.joining("\n"))
                : run.output());
        return run;
    }

    private static Run run(List<String> command, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(PACKAGE.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Path log = Files.createTempFile("citadel-browser", ".log");
        try {
            builder.redirectOutput(log.toFile());
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new Run(-1, String.join(" ", command) + " did not finish within " + timeout + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
