package dev.citadel.cli;

import dev.citadel.server.StartupException;
import dev.citadel.server.config.ConfigException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code citadel} command. */
@Command(name = "citadel", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
        description = "Citadel: security services for JVM applications and their back ends.",
        subcommands = {ServeCommand.class, VersionCommand.class, DoctorCommand.class, CompletionCommand.class,
                AdminCommand.class, CryptoCommand.class, PasswordCommand.class, TrustCommand.class, AtsCommand.class,
                DeviceCheckCommand.class, AttestCommand.class, PasskeysCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the command found a problem", "2:bad usage", "3:invalid configuration",
                "4:server could not start or be reached"})
public final class Main {

    private final Map<String, String> environment;
    private final InputStream stdin;
    private final OutputStream stdout;

    Main(Map<String, String> environment) {
        this(environment, System.in, System.out);
    }

    Main(Map<String, String> environment, InputStream stdin, OutputStream stdout) {
        this.environment = Map.copyOf(environment);
        this.stdin = stdin;
        this.stdout = stdout;
    }

    /** Standard input as bytes (HPKE plaintexts and ciphertexts; the password that {@code password check} reads). */
    InputStream stdin() {
        return stdin;
    }

    /** Standard output as bytes; text goes through the command line's {@code getOut()}. */
    OutputStream stdout() {
        return stdout;
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
        System.exit(run(System.in, System.out, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                System.getenv(), args));
    }

    /** Runs the CLI with the given streams and environment and returns the exit code (used by tests). */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
        return run(InputStream.nullInputStream(), System.out, out, err, environment, args);
    }

    /** Runs the CLI with {@code in} as standard input ({@code password check} reads from it). */
    public static int run(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> environment,
            String... args) {
        return run(in, System.out, out, err, environment, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, Map, String...)} with byte streams for binary input and output. */
    static int run(InputStream stdin, OutputStream stdout, PrintWriter out, PrintWriter err, Map<String, String> environment,
            String... args) {
        CommandLine cli = new CommandLine(new Main(environment, stdin, stdout));
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
        return new CommandLine(new Main(environment, InputStream.nullInputStream(), System.out));
    }

    private static int fail(PrintWriter err, String message, int code) {
        err.println("citadel: " + message);
        err.flush();
        return code;
    }
}
