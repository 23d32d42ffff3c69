package dev.citadel.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The optional-environment rule: a test that needs the shared vectors or an external tool skips with a
 * visible reason on a machine that lacks it, and fails when the matching {@code CITADEL_REQUIRE_*}
 * variable is {@code 1}, so a CI run can never be green with such a suite silently skipped.
 */
public final class OptionalEnvironment {

    /** Environment variable (or system property {@code citadel.vectors}) naming the shared vectors directory. */
    public static final String VECTORS_VARIABLE = "CITADEL_VECTORS";
    public static final String REQUIRE_VECTORS_VARIABLE = "CITADEL_REQUIRE_VECTORS";
    public static final String REQUIRE_TOOLS_VARIABLE = "CITADEL_REQUIRE_TOOLS";
    /** The start of the skip reason of a test that {@link #selectTests} left out. */
    public static final String DESELECTED = "not selected by ";

    private static final Map<String, String> ENV = System.getenv();

    /** Set by {@link #overrideVectorsDirectory}: wins over the environment and the system property. */
    private static volatile Path vectorsOverride;
    /** Set by {@link #selectTests}: vector tests whose display name does not match are disabled. */
    private static volatile Pattern selection;

    private OptionalEnvironment() {}

    /**
     * Makes {@link #vectorsDirectory()} answer {@code dir} (or return to the environment with {@code null}).
     * For a program that runs the vector suites itself ({@code citadel crypto vectors DIR}), where an
     * explicit argument must beat a {@code CITADEL_VECTORS} inherited from the shell.
     */
    public static void overrideVectorsDirectory(Path dir) {
        vectorsOverride = dir == null ? null : dir.toAbsolutePath().normalize();
    }

    /**
     * Runs only the {@link RequiresVectors} tests whose display name (the vector file they read) contains a
     * match of {@code pattern}; {@code null} runs all. Deselected tests are disabled, not counted as skips.
     */
    public static void selectTests(Pattern pattern) {
        selection = pattern;
    }

    static Optional<Pattern> selection() {
        return Optional.ofNullable(selection);
    }

    /** The shared vectors directory if it exists. */
    public static Optional<Path> vectorsDirectory() {
        Path override = vectorsOverride;
        if (override != null) {
            return Files.isDirectory(override) ? Optional.of(override) : Optional.empty();
        }
        String configured = Optional.ofNullable(ENV.get(VECTORS_VARIABLE))
                .orElse(System.getProperty("citadel.vectors"));
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    public static boolean vectorsRequired() {
        return "1".equals(ENV.get(REQUIRE_VECTORS_VARIABLE));
    }

    public static boolean toolsRequired() {
        return "1".equals(ENV.get(REQUIRE_TOOLS_VARIABLE));
    }

    /** The absolute path of an executable on {@code PATH}, if any. */
    public static Optional<Path> tool(String name) {
        String path = ENV.getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code tool --version} (or the given probe arguments) runs and exits 0 within 10 s: a tool
     * that is installed but broken counts as missing.
     */
    public static boolean toolWorks(Path tool, String... probe) {
        var command = new java.util.ArrayList<String>();
        command.add(tool.toString());
        command.addAll(java.util.List.of(probe.length == 0 ? new String[] {"--version"} : probe));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
