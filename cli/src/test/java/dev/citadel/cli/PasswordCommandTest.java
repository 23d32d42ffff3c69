package dev.citadel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code citadel password …}: the password alone on stdout; check reads stdin only. */
class PasswordCommandTest {

    record Result(int code, String out, String err) {}

    static Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true),
                new PrintWriter(err, true), Map.of(), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void generatePrintsTheApplePasswordAlone() {
        Result r = run("", "password", "generate");
        assertThat(r.code()).isZero();
        assertThat(r.out()).matches("[a-zA-Z0-9]{6}-[a-zA-Z0-9]{6}-[a-zA-Z0-9]{6}\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void generateHonoursRulesAndReportsImpossibleOnes() {
        Result r = run("", "password", "generate", "--rules", "minlength: 10; maxlength: 10; required: digit; allowed: [abc];");
        assertThat(r.code()).isZero();
        assertThat(r.out()).matches("(?=.*[0-9])[abc0-9]{10}\n");

        Result apple = run("", "password", "generate", "--apple", "--rules", "required: upper; allowed: lower, digit, [-];");
        assertThat(apple.out()).matches("[a-zA-Z0-9-]{20}\n");

        Result bad = run("", "password", "generate", "--rules", "required: [abc");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("'[' is never closed at column 11").contains("unbalanced-brackets");
        assertThat(bad.out()).isEmpty();

        Result impossible = run("", "password", "generate", "--rules", "required: [a]; required: [b]; maxlength: 1");
        assertThat(impossible.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(impossible.err()).contains("cannot be satisfied");
    }

    @Test
    void rulesParsePrintsTheCanonicalFormAndWarnings() {
        Result r = run("", "password", "rules", "parse", "minlength: 8; required: lower, upper; allowed: [-!§]");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("required: upper, lower; allowed: upper, lower, [-!]; minlength: 8;\n");
        assertThat(r.err()).contains("warning: column 51");
    }

    @Test
    void checkReadsTheFirstLineOfStdinAndExitsOneWhenRefused() {
        Result weak = run("password\n", "password", "check");
        assertThat(weak.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(weak.out()).contains("refused: this is a commonly used password").contains("must be refused");

        Result strong = run("zaxnu9-dychar-rUjnym\r\n", "password", "check", "--use", "multi-factor", "--context", "alice");
        assertThat(strong.code()).as(strong.out()).isZero();
        assertThat(strong.out()).endsWith("acceptable\n").doesNotContain("zaxnu9");

        Result empty = run("", "password", "check");
        assertThat(empty.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err()).contains("no password on standard input");
    }

    @Test
    void checkTakesNoPasswordArgument() {
        Result r = run("", "password", "check", "hunter2");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("Unmatched argument");
    }

    @Test
    void everyPasswordCommandHasHelp() {
        for (List<String> args : List.of(List.of("password", "--help"), List.of("password", "generate", "--help"),
                List.of("password", "rules", "parse", "--help"), List.of("password", "check", "--help"))) {
            Result r = run("", args.toArray(String[]::new));
            assertThat(r.code()).as(args.toString()).isZero();
            assertThat(r.out()).contains("Usage:");
        }
    }
}
