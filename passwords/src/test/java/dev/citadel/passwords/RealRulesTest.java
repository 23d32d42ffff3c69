package dev.citadel.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citadel.cryptokit.RandomSource;
import dev.citadel.passwords.rules.ParsedPasswordRules;
import dev.citadel.passwords.rules.PasswordRules;
import dev.citadel.passwords.rules.PasswordRulesParser;
import dev.citadel.testing.RequiresVectors;
import dev.citadel.testing.Vectors;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The 434 real site rules of apple/password-manager-resources: each parses, its canonical form parses back to
 * the same rules, and many generated passwords per rule satisfy it as judged by {@link SpecRuleChecker},
 * which reads the raw rule text on its own.
 */
@RequiresVectors("passwords")
class RealRulesTest {

    /** Passwords generated per rule and per path (Apple-format preference, and rule-based characters). */
    static final int PER_RULE = 250;

    static Map<String, String> rules;

    @BeforeAll
    static void load() throws Exception {
        rules = new LinkedHashMap<>();
        try (InputStream in = Vectors.open(Vectors.resolve("passwords/password-rules.json"))) {
            JsonNode root = new ObjectMapper().readTree(in);
            root.properties().forEach(e -> rules.put(e.getKey(), e.getValue().path("password-rules").asText()));
        }
    }

    @Test
    void everyRealRuleParsesAndItsCanonicalFormRoundTrips() {
        assertThat(rules).hasSize(434);
        List<String> failures = new ArrayList<>();
        rules.forEach((site, text) -> {
            try {
                ParsedPasswordRules parsed = PasswordRulesParser.parse(text);
                PasswordRules again = PasswordRules.parse(parsed.rules().canonical());
                if (!again.equals(parsed.rules())) {
                    failures.add(site + ": canonical form does not round-trip: " + parsed.rules().canonical());
                }
            } catch (PasswordsException e) {
                failures.add(site + ": " + e.getMessage());
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void nonAsciiCharactersInRealRulesAreSkippedWithAWarning() {
        var parsed = PasswordRulesParser.parse(rules.get("dkb.de"));
        assertThat(parsed.warnings()).hasSize(7).allMatch(w -> w.kind() == dev.citadel.passwords.rules.ParseWarning.Kind.CHARACTER_IGNORED);
        assertThat(parsed.rules().allowed().contains('ä')).isFalse();
    }

    @Test
    void generatedPasswordsSatisfyEveryRealRule() {
        RandomSource seeded = new DeterministicRandom(20261129L);
        StrongPasswordGenerator generator = new StrongPasswordGenerator(seeded);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        int appleFormat = 0;
        for (var e : rules.entrySet()) {
            SpecRuleChecker checker = new SpecRuleChecker(e.getValue());
            PasswordRules parsed = PasswordRules.parse(e.getValue());
            for (int i = 0; i < PER_RULE; i++) {
                for (GeneratedPassword p : List.of(generator.forRules(parsed), generator.fromRules(parsed))) {
                    checked++;
                    appleFormat += p.format() == GeneratedPassword.Format.APPLE ? 1 : 0;
                    String violation = checker.violation(p.reveal());
                    if (!violation.isEmpty() && failures.size() < 20) {
                        failures.add(e.getKey() + ": " + violation + " in " + p.reveal() + " for " + e.getValue());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isEqualTo(434 * PER_RULE * 2);
        assertThat(appleFormat).as("rules where the Apple format fits use it").isPositive();
        System.out.println("[passwords] " + rules.size() + " real rules parsed; " + checked + " generated passwords ("
                + PER_RULE * 2 + " per rule, " + appleFormat + " in Apple format) satisfy their rule");
    }

    @Test
    void theSystemRandomSourceAlsoSatisfiesEveryRealRule() {
        StrongPasswordGenerator generator = StrongPasswordGenerator.system();
        rules.forEach((site, text) -> {
            SpecRuleChecker checker = new SpecRuleChecker(text);
            PasswordRules parsed = PasswordRules.parse(text);
            for (int i = 0; i < 20; i++) {
                String p = generator.fromRules(parsed).reveal();
                assertThat(checker.violation(p)).as(site + " " + p).isEmpty();
            }
        });
    }
}
