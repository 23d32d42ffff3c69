package dev.citadel.passwords.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.citadel.passwords.PasswordRulesException;
import dev.citadel.passwords.PasswordRulesException.Reason;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRulesParserTest {

    @Nested
    @DisplayName("canonical form")
    class Canonical {
        @Test
        void requiredClassesJoinTheAllowedSetAndLengthsCombine() {
            PasswordRules r = PasswordRules.parse("minlength: 6; required: lower, upper; required: digit; "
                    + "minlength: 8; maxlength: 20; maxlength: 16; max-consecutive: 3; max-consecutive: 2;");
            assertThat(r.canonical()).isEqualTo("required: upper, lower; required: digit; allowed: upper, lower, digit; "
                    + "max-consecutive: 2; minlength: 8; maxlength: 16;");
        }

        @Test
        void noRulesAllowAsciiPrintable() {
            assertThat(PasswordRules.parse("")).isEqualTo(PasswordRules.NONE);
            assertThat(PasswordRules.parse("  minlength: 4;").allowed()).isEqualTo(CharacterSet.ASCII_PRINTABLE);
        }

        @Test
        void customClassesPutHyphenFirstAndBracketLast() {
            PasswordRules r = PasswordRules.parse("allowed: lower, [-]]; required: [!]]");
            assertThat(r.canonical()).isEqualTo("required: [!]]; allowed: lower, [-!]];");
            assertThat(PasswordRules.parse(r.canonical())).isEqualTo(r);
        }

        @Test
        void completeNamedSetsAreNamedAndUnicodeAbsorbsEverything() {
            assertThat(PasswordRules.parse("allowed: [ABCDEFGHIJKLMNOPQRSTUVWXYZ], [0123456789];").allowed().toRuleValue())
                    .isEqualTo("upper, digit");
            assertThat(PasswordRules.parse("allowed: upper, lower, digit, special;").allowed().toRuleValue())
                    .isEqualTo("ascii-printable");
            assertThat(PasswordRules.parse("allowed: lower, unicode;").allowed().toRuleValue()).isEqualTo("unicode");
        }

        @Test
        void classNamesAreCaseInsensitivePropertyNamesAreNot() {
            assertThat(PasswordRules.parse("required: UPPER").required()).containsExactly(CharacterSet.UPPER);
            assertThatThrownBy(() -> PasswordRules.parse("Required: upper"))
                    .isInstanceOfSatisfying(PasswordRulesException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_PROPERTY));
        }
    }

    @Nested
    @DisplayName("what the reference parser skips becomes a warning")
    class Warnings {
        @Test
        void nonAsciiAndMisplacedHyphenAndEmptyValues() {
            ParsedPasswordRules p = PasswordRulesParser.parse("required: [a§b-c]; allowed: ; required: []");
            assertThat(p.warnings()).extracting(ParseWarning::kind, ParseWarning::position).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(ParseWarning.Kind.CHARACTER_IGNORED, 12),
                    org.assertj.core.groups.Tuple.tuple(ParseWarning.Kind.HYPHEN_IGNORED, 14),
                    org.assertj.core.groups.Tuple.tuple(ParseWarning.Kind.EMPTY_VALUE, 19),
                    org.assertj.core.groups.Tuple.tuple(ParseWarning.Kind.EMPTY_CHARACTER_CLASS, 40));
            assertThat(p.rules().required()).containsExactly(CharacterSet.of("abc"));
        }
    }

    @Nested
    @DisplayName("malformed rules: typed errors with a position")
    class Malformed {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "foo: 3                                   | UNKNOWN_PROPERTY         | 0",
            "minlength: 8; colour: red                | UNKNOWN_PROPERTY         | 14",
            "minlength 8                              | EXPECTED_COLON           | 9",
            "required: upper, vowels                  | UNKNOWN_CHARACTER_CLASS  | 17",
            "required: upper,                         | EXPECTED_CHARACTER_CLASS | 16",
            "required: 5                              | EXPECTED_CHARACTER_CLASS | 10",
            "required: [abc                           | UNBALANCED_BRACKETS      | 10",
            "allowed: lower; required: [!#$; minlength: 8 | UNBALANCED_BRACKETS  | 26",
            "required: upper]                         | EXPECTED_SEPARATOR       | 15",
            "required: [ab]]]                         | EXPECTED_SEPARATOR       | 15",
            "required: upper lower                    | EXPECTED_SEPARATOR       | 16",
            "minlength: eight                         | EXPECTED_INTEGER         | 11",
            "minlength: 8x                            | EXPECTED_SEPARATOR       | 12",
            "maxlength: 0                             | VALUE_OUT_OF_RANGE       | 11",
            "max-consecutive: 0                       | VALUE_OUT_OF_RANGE       | 17",
            "minlength: 99999999999999999999999999    | VALUE_OUT_OF_RANGE       | 11",
            "minlength: 12; maxlength: 8              | CONTRADICTORY_LENGTHS    | 15",
            "maxlength: 8; minlength: 12              | CONTRADICTORY_LENGTHS    | 14",
            "; minlength: 8                           | UNKNOWN_PROPERTY         | 0",
        })
        void refusedWithReasonAndPosition(String rule, Reason reason, int position) {
            assertThatThrownBy(() -> PasswordRules.parse(rule)).isInstanceOfSatisfying(PasswordRulesException.class, e -> {
                assertThat(e.reason()).isEqualTo(reason);
                assertThat(e.position()).isEqualTo(position);
                assertThat(e.getMessage()).contains("column " + (position + 1));
            });
        }

        @Test
        void ruleLongerThanTheLimitIsRefusedBeforeParsing() {
            String huge = "required: upper; ".repeat(PasswordRulesParser.MAX_RULE_CHARS);
            Assertions.assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertThatThrownBy(() -> PasswordRules.parse(huge))
                    .isInstanceOfSatisfying(PasswordRulesException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RULE_TOO_LONG)));
        }

        @Test
        void tooManyRequiredPropertiesAreRefused() {
            String rule = "required: [a]; ".repeat(PasswordRulesParser.MAX_REQUIRED_PROPERTIES + 1);
            assertThatThrownBy(() -> PasswordRules.parse(rule)).isInstanceOfSatisfying(PasswordRulesException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REQUIRED));
        }

        @Test
        void largestIntegerIsAccepted() {
            assertThat(PasswordRules.parse("minlength: " + PasswordRulesParser.MAX_INTEGER).minLength())
                    .isEqualTo(PasswordRulesParser.MAX_INTEGER);
        }
    }
}
