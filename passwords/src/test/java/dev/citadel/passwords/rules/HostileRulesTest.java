package dev.citadel.passwords.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.passwords.PasswordRulesException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random rule strings built from the language's own tokens and stray characters: the parser either returns
 * rules whose canonical form round-trips, or refuses with a {@link PasswordRulesException} whose position
 * lies inside the input. Nothing else escapes (no index or number-format exceptions).
 */
class HostileRulesTest {

    @Test
    void randomRulesParseOrFailWithAPositionInside() {
        SplittableRandom random = new SplittableRandom(2026);
        int parsed = 0;
        for (int i = 0; i < 100_000; i++) {
            String text = HostileRulesTestTokens.randomRule(random);
            try {
                PasswordRules r = PasswordRules.parse(text);
                assertThat(PasswordRules.parse(r.canonical())).as(text).isEqualTo(r);
                parsed++;
            } catch (PasswordRulesException e) {
                assertThat(e.position()).as(text).isBetween(0, text.length());
            }
        }
        assertThat(parsed).isPositive();
    }
}
