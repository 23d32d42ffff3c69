package dev.citadel.cli;

import dev.citadel.server.StartupException;
import dev.citadel.server.config.ConfigException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code citadel} command. */
@Command(name = "citadel", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
        description = "Citadel: security services for JVM applications and their back ends.",
        subcommands = {ServeCommand.class, VersionCommand.class, DoctorCommand.class, CompletionCommand.class,
                AdminCommand.class, CryptoCommand.class, PasswordCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the command found a problem", "2:bad usage", "3:invalid configuration",
                "4:server could not start or be reached"})
public final class Main {

    private final Map<String, String> environment;
    private final java.io.InputStream stdin;

    Main(Map<String, String> environment, java.io.InputStream stdin) {
        this.environment = Map.copyOf(environment);
        this.stdin = stdin;
    }

    /** Standard input ({@code password check} reads the password from it). */
    java.io.InputStream stdin() {
        return stdin;
    }

    /** The environment commands read ({@code CITADEL_*}); the process environment outside tests. */
    Map<String, String> environment() {
        return environment;
    }

    /** The {@link Main} behind any command's spec. */
    static Main of(picocli.CommandLine.Model.CommandSpec spec) {
        return (Main) spec.root().userObject();
    }

    public static void main(String[] args) {
        configureLogging();
        System.exit(run(System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.getenv(), args));
    }

    /** Runs the CLI with the given streams and environment and returns the exit code (used by tests). */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
        return run(java.io.InputStream.nullInputStream(), out, err, environment, args);
    }

    /** Runs the CLI with {@code in} as standard input. */
    public static int run(java.io.InputStream in, PrintWriter out, PrintWriter err, Map<String, String> environment,
            String... args) {
        CommandLine cli = commandLine(environment, in);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            return switch (e) {
                case ConfigException c -> fail(err, c.getMessage(), ExitCodes.CONFIG);
                case StartupException s -> fail(err, s.getMessage(), ExitCodes.UNAVAILABLE);
                case CliFailure f -> fail(err, f.getMessage(), f.exitCode());
                default -> throw e;
            };
        });
        return cli.execute(args);
    }

    /** Compact one-line logs, quiet libraries; an explicit {@code java.util.logging.config.file} wins. */
    static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (java.io.InputStream in = Main.class.getResourceAsStream("logging.properties")) {
            if (in != null) {
                java.util.logging.LogManager.getLogManager().readConfiguration(in);
            }
        } catch (java.io.IOException e) {
            System.err.println("citadel: cannot read the logging configuration: " + e.getMessage());
        }
    }

    static CommandLine commandLine(Map<String, String> environment) {
        return commandLine(environment, java.io.InputStream.nullInputStream());
    }

    static CommandLine commandLine(Map<String, String> environment, java.io.InputStream in) {
        CommandLine cli = new CommandLine(new Main(environment, in));
        return cli;
    }

    private static int fail(PrintWriter err, String message, int code) {
        err.println("citadel: " + message);
        err.flush();
        return code;
    }
}
