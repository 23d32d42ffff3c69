package dev.citadel.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.passwords.rules.HostileRulesTestTokens;
import dev.citadel.passwords.rules.PasswordRules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * For random rules that parse, every generated password satisfies the rule as {@link SpecRuleChecker} reads
 * it, or generation refuses at once with {@link UnsatisfiableRulesException} and a reason.
 */
class RandomRulesGenerationTest {

    @Test
    void generatedPasswordsMeetRandomRulesOrTheRulesAreReportedUnsatisfiable() {
        SplittableRandom random = new SplittableRandom(1129);
        StrongPasswordGenerator generator = new StrongPasswordGenerator(new DeterministicRandom(3));
        List<String> failures = new ArrayList<>();
        int generated = 0;
        int unsatisfiable = 0;
        for (int i = 0; i < 20_000 && generated < 10_000; i++) {
            String text = HostileRulesTestTokens.randomRule(random);
            PasswordRules rules;
            try {
                rules = PasswordRules.parse(text);
            } catch (PasswordRulesException e) {
                continue;
            }
            SpecRuleChecker checker = new SpecRuleChecker(text);
            try {
                String[] passwords = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> new String[] {
                        generator.fromRules(rules).reveal(), generator.forRules(rules).reveal()});
                for (String p : passwords) {
                    generated++;
                    String violation = checker.violation(p);
                    if (!violation.isEmpty() && failures.size() < 10) {
                        failures.add(text + " -> " + p + ": " + violation);
                    }
                }
            } catch (UnsatisfiableRulesException e) {
                unsatisfiable++;
                assertThat(e.reason()).isNotEqualTo(UnsatisfiableRulesException.Reason.ATTEMPTS_EXHAUSTED);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(generated).isGreaterThan(1_000);
        System.out.println("[passwords] random rules: " + generated + " passwords checked, " + unsatisfiable
                + " rules reported unsatisfiable");
    }
}
