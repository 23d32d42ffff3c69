package dev.citadel.passwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.passwords.UnsatisfiableRulesException.Reason;
import dev.citadel.passwords.rules.PasswordRules;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule-based generation: hard rules are met, impossible ones say so at once instead of looping. */
class GeneratorTest {

    final StrongPasswordGenerator generator = new StrongPasswordGenerator(new DeterministicRandom(7));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "required: [a]; required: [b]; required: [c]; maxlength: 2       | REQUIRED_CLASSES_EXCEED_MAX_LENGTH",
        "required: upper; required: lower; required: digit; required: [!]; maxlength: 3 | REQUIRED_CLASSES_EXCEED_MAX_LENGTH",
        "allowed: [a]; max-consecutive: 2; minlength: 5                  | MAX_CONSECUTIVE_TOO_SMALL",
        "required: [x]; minlength: 2; max-consecutive: 1                 | MAX_CONSECUTIVE_TOO_SMALL",
    })
    void unsatisfiableRulesFailFastWithTheirReason(String rule, Reason reason) {
        PasswordRules rules = PasswordRules.parse(rule);
        Assertions.assertTimeoutPreemptively(Duration.ofMillis(500), () -> assertThatThrownBy(() -> generator.fromRules(rules))
                .isInstanceOfSatisfying(UnsatisfiableRulesException.class, e -> assertThat(e.reason()).isEqualTo(reason)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "required: [ab]; required: [bc]; maxlength: 1",                                   // one character meets both
        "required: [!]; required: [#]; required: [$]; required: [%]; required: [&]; maxlength: 5", // uniform odds ~1e-8
        "allowed: [ab]; max-consecutive: 1; minlength: 40",                               // must alternate
        "allowed: [ab]; required: [a]; max-consecutive: 1; minlength: 4096",              // the longest allowed
        "required: [ ]; allowed: lower; maxlength: 4",                                    // space only when required
        "required: unicode; minlength: 30",
        "required: [ ]; allowed: unicode; maxlength: 3",                                  // space required, unicode allowed
        "allowed: [a]; maxlength: 3; max-consecutive: 3",
        "required: [x]; max-consecutive: 1",                                              // only "x" fits
        "allowed: [a]; max-consecutive: 3",                                               // "aaa": shorter than 20
    })
    void hardButSatisfiableRulesAreMet(String rule) {
        PasswordRules rules = PasswordRules.parse(rule);
        SpecRuleChecker checker = new SpecRuleChecker(rule);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 50; i++) {
                String p = generator.fromRules(rules).reveal();
                assertThat(checker.violation(p)).as(p).isEmpty();
            }
        });
    }

    @Test
    void lengthIsTwentyWithinTheRuleBoundsAndSpaceIsAvoided() {
        assertThat(generator.fromRules(PasswordRules.NONE).reveal()).hasSize(20).doesNotContain(" ");
        assertThat(generator.fromRules(PasswordRules.parse("maxlength: 12")).length()).isEqualTo(12);
        assertThat(generator.fromRules(PasswordRules.parse("minlength: 32")).length()).isEqualTo(32);
    }

    @Test
    void appleFormatIsPreferredWhenTheRulesAdmitIt() {
        assertThat(generator.forRules(PasswordRules.parse("minlength: 8; required: upper; required: digit; allowed: lower, special;")).format())
                .isEqualTo(GeneratedPassword.Format.APPLE);
        assertThat(generator.forRules(PasswordRules.parse("maxlength: 16")).format()).isEqualTo(GeneratedPassword.Format.RULES);
        assertThat(generator.forRules(PasswordRules.parse("required: [!]")).format()).isEqualTo(GeneratedPassword.Format.RULES);
        assertThatThrownBy(() -> generator.appleFormat(PasswordRules.parse("allowed: lower, upper, digit")))
                .isInstanceOfSatisfying(UnsatisfiableRulesException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.RULES_EXCLUDE_APPLE_FORMAT));
    }

    @Test
    void generatedPasswordNeverPrintsItself() {
        GeneratedPassword p = generator.appleFormat();
        assertThat(p.toString()).doesNotContain(p.reveal()).contains("redacted");
    }

    @Test
    void checkerUsedByTheseTestsCatchesViolations() {
        SpecRuleChecker c = new SpecRuleChecker("minlength: 8; maxlength: 10; required: digit; allowed: lower; max-consecutive: 2");
        assertThat(c.violation("abcdefg1")).isEmpty();
        assertThat(c.violation("abcdef1")).contains("minlength");
        assertThat(c.violation("abcdefghijk1")).contains("maxlength");
        assertThat(c.violation("abcdefgh")).contains("required");
        assertThat(c.violation("abcdefG1")).contains("not allowed");
        assertThat(c.violation("abcccfg1")).contains("in a row");
    }
}
