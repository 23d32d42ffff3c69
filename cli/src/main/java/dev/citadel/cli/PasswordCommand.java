package dev.citadel.cli;

import dev.citadel.passwords.BreachCheckException;
import dev.citadel.passwords.GeneratedPassword;
import dev.citadel.passwords.PasswordRulesException;
import dev.citadel.passwords.StrongPasswordGenerator;
import dev.citadel.passwords.UnsatisfiableRulesException;
import dev.citadel.passwords.breach.BreachChecker;
import dev.citadel.passwords.breach.HttpRangeSource;
import dev.citadel.passwords.breach.OfflineRangeSource;
import dev.citadel.passwords.rules.ParsedPasswordRules;
import dev.citadel.passwords.rules.PasswordRules;
import dev.citadel.passwords.rules.PasswordRulesParser;
import dev.citadel.passwords.strength.Finding;
import dev.citadel.passwords.strength.PasswordStrength;
import dev.citadel.passwords.strength.PasswordUse;
import dev.citadel.passwords.strength.StrengthReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code citadel password generate|rules parse|check}: the passwords library on the command line, with no
 * server. {@code check} reads the password from standard input, never from the command line, where other
 * users could read it in the process list.
 */
@Command(name = "password", mixinStandardHelpOptions = true,
        description = "Generate strong passwords, parse passwordrules, check a password (SP 800-63B, zxcvbn, breaches).",
        subcommands = {PasswordCommand.Generate.class, PasswordCommand.Rules.class, PasswordCommand.Check.class})
final class PasswordCommand {

    /** Most bytes read from standard input by {@code check}: a password is at most 1,024 code points. */
    static final int MAX_STDIN_BYTES = 16 * 1024;

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Print a strong password alone on standard output.",
                    "Default: Apple format (20 characters, about 72 bits). With --rules: Apple format when the",
                    "rules admit it, otherwise characters drawn to satisfy them."})
    static final class Generate implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--rules", paramLabel = "RULES", description = "a passwordrules value, e.g. \"minlength: 8; required: digit;\"")
        String rules;

        @Option(names = "--apple", description = "insist on the Apple format (fails if --rules excludes it)")
        boolean apple;

        @Override
        public Integer call() {
            StrongPasswordGenerator generator = StrongPasswordGenerator.system();
            GeneratedPassword password;
            try {
                if (rules == null) {
                    password = generator.appleFormat();
                } else {
                    PasswordRules parsed = parse(rules).rules();
                    password = apple ? generator.appleFormat(parsed) : generator.forRules(parsed);
                }
            } catch (UnsatisfiableRulesException e) {
                throw new CliFailure(e.getMessage(), ExitCodes.FAILED);
            }
            spec.commandLine().getOut().println(password.reveal());
            return ExitCodes.OK;
        }
    }

    @Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with passwordrules values.",
            subcommands = {ParseRules.class})
    static final class Rules {
    }

    @Command(name = "parse", mixinStandardHelpOptions = true,
            description = {"Print the canonical form of a passwordrules value; warnings go to standard error.",
                    "A malformed value fails with its reason and column."})
    static final class ParseRules implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "RULES", description = "the passwordrules value (quote it)")
        String rules;

        @Override
        public Integer call() {
            ParsedPasswordRules parsed = parse(rules);
            parsed.warnings().forEach(w -> spec.commandLine().getErr().println("warning: column " + (w.position() + 1)
                    + ": " + w.detail()));
            spec.commandLine().getOut().println(parsed.rules().canonical());
            return ExitCodes.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Check the password read from standard input (never an argument: the process list",
                    "would show it). One line; a trailing newline is not part of the password.",
                    "Exit 0 if SP 800-63B accepts it, 1 if it must be refused.",
                    "Example: citadel password check --context alice < file-with-password"})
    static final class Check implements java.util.concurrent.Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--use", paramLabel = "USE", defaultValue = "single-factor",
                description = "single-factor (15 characters minimum, default) or multi-factor (8)")
        String use;

        @Option(names = "--context", paramLabel = "WORD", description = "a word the password must not contain (user name, service); repeatable")
        List<String> context = List.of();

        @Option(names = "--breach", paramLabel = "MODE", defaultValue = "off",
                description = "off (default), online (k-anonymity range query) or offline (--prefix-dir)")
        String breach;

        @Option(names = "--range-url", paramLabel = "URL", description = "range-query service for --breach online (default https://api.pwnedpasswords.com)")
        URI rangeUrl = HttpRangeSource.DEFAULT_BASE;

        @Option(names = "--prefix-dir", paramLabel = "DIR", description = "directory of XXXXX.txt range files for --breach offline")
        Path prefixDir;

        @Override
        public Integer call() {
            PasswordUse passwordUse = switch (use) {
                case "single-factor" -> PasswordUse.SINGLE_FACTOR;
                case "multi-factor" -> PasswordUse.MULTI_FACTOR;
                default -> throw new CliFailure("--use must be single-factor or multi-factor", ExitCodes.USAGE);
            };
            BreachChecker checker = switch (breach) {
                case "off" -> null;
                case "online" -> new BreachChecker(new HttpRangeSource(rangeUrl, HttpRangeSource.DEFAULT_TIMEOUT, true));
                case "offline" -> {
                    if (prefixDir == null) {
                        throw new CliFailure("--breach offline needs --prefix-dir", ExitCodes.USAGE);
                    }
                    yield new BreachChecker(new OfflineRangeSource(prefixDir));
                }
                default -> throw new CliFailure("--breach must be off, online or offline", ExitCodes.USAGE);
            };
            String password = readPassword(Main.of(spec));
            StrengthReport report = PasswordStrength.standard().check(password, passwordUse, context);
            PrintWriter out = spec.commandLine().getOut();
            if (checker != null) {
                try {
                    long seen = checker.check(password).occurrences();
                    out.println(seen > 0 ? "breach: found " + seen + " times" : "breach: not found");
                    if (seen > 0) {
                        report = report.with(new Finding(Finding.Code.BREACHED, "seen " + seen + " times in data breaches"));
                    }
                } catch (BreachCheckException e) {
                    out.println("breach: unknown (" + e.getMessage() + ")");
                }
            }
            out.printf("strength: zxcvbn score %d/4, about 10^%.1f guesses, %d characters%n", report.score(),
                    report.guessesLog10(), report.length());
            if (!report.warning().isEmpty()) {
                out.println("warning: " + report.warning());
            }
            for (Finding f : report.findings()) {
                out.println((f.code().refusal() ? "refused: " : "advice:  ") + f.detail());
            }
            report.suggestions().forEach(s -> out.println("suggest: " + s));
            out.println(report.acceptable() ? "acceptable" : "must be refused (NIST SP 800-63B)");
            return report.acceptable() ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    /** One password from standard input: at most {@link #MAX_STDIN_BYTES}, first line only. */
    static String readPassword(Main main) {
        byte[] bytes;
        try {
            bytes = main.stdin().readNBytes(MAX_STDIN_BYTES + 1);
        } catch (IOException e) {
            throw new CliFailure("cannot read the password from standard input", ExitCodes.FAILED);
        }
        if (bytes.length > MAX_STDIN_BYTES) {
            throw new CliFailure("standard input is larger than " + MAX_STDIN_BYTES + " bytes", ExitCodes.USAGE);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        if (line.isEmpty()) {
            throw new CliFailure("no password on standard input (pipe it in: citadel password check < file)", ExitCodes.USAGE);
        }
        return line;
    }

    private static ParsedPasswordRules parse(String rules) {
        try {
            return PasswordRulesParser.parse(rules);
        } catch (PasswordRulesException e) {
            throw new CliFailure(e.getMessage() + " (" + e.reason().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-') + ")", ExitCodes.USAGE);
        }
    }
}
