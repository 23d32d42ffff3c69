package dev.citadel.bench;

import dev.citadel.passwords.StrongPasswordGenerator;
import dev.citadel.passwords.rules.PasswordRules;
import dev.citadel.passwords.strength.PasswordStrength;
import dev.citadel.passwords.strength.PasswordUse;
import dev.citadel.passwords.strength.StrengthReport;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Password generation and checking, per call, with the system DRBG. The issue names no anchor; the figures
 * show what a sign-up page pays per suggestion and per check.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PasswordsBenchmark {

    StrongPasswordGenerator generator;
    PasswordRules rules;
    PasswordStrength strength;

    @Setup
    public void setup() {
        generator = StrongPasswordGenerator.system();
        rules = PasswordRules.parse("minlength: 8; maxlength: 16; required: lower; required: upper; required: digit; "
                + "required: [-!#$%&*@^]; max-consecutive: 2;");
        strength = PasswordStrength.standard();
    }

    @Benchmark
    public String citadelAppleFormat() {
        return generator.appleFormat().reveal();
    }

    @Benchmark
    public String citadelRulesBased() {
        return generator.fromRules(rules).reveal();
    }

    @Benchmark
    public PasswordRules citadelParseRules() {
        return PasswordRules.parse("minlength: 8; maxlength: 25; required: lower; required: upper; required: digit; "
                + "required: [-!\"#$%&'()*+,./:;<=>?@[^_`{|}~]];");
    }

    @Benchmark
    public StrengthReport citadelStrengthCheck() {
        return strength.check("zaxnu9-dychar-rUjnym", PasswordUse.SINGLE_FACTOR, List.of("alice"));
    }
}
