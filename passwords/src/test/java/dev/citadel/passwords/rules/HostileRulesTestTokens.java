package dev.citadel.passwords.rules;

import java.util.SplittableRandom;

/** Random rule strings from the language's tokens, well-formed property shapes and stray characters. */
public final class HostileRulesTestTokens {

    static final String[] TOKENS = {"required", "allowed", "max-consecutive", "minlength", "maxlength", ":", ";",
        ",", " ", "upper", "lower", "digit", "special", "ascii-printable", "unicode", "[", "]", "]]", "-", "abc", "!#$",
        "0", "7", "12", "99999", "§", "\t", "foo", "UPPER", "[]"};

    static final String[] PROPERTIES = {"required: upper", "required: [ab]", "required: digit, [-!]", "allowed: lower",
        "allowed: [xyz]", "required: special", "max-consecutive: 1", "max-consecutive: 2", "minlength: 3",
        "minlength: 24", "maxlength: 4", "maxlength: 30", "required: [ ]", "allowed: unicode", "required: [-]]",
        "allowed: [a]", "required: ascii-printable"};

    private HostileRulesTestTokens() {}

    /** Half token soup (mostly malformed), half well-formed properties joined by ';' (mostly valid). */
    public static String randomRule(SplittableRandom random) {
        StringBuilder rule = new StringBuilder();
        int n = random.nextInt(1, 16);
        boolean soup = random.nextBoolean();
        for (int k = 0; k < n; k++) {
            if (soup) {
                rule.append(TOKENS[random.nextInt(TOKENS.length)]);
            } else {
                rule.append(PROPERTIES[random.nextInt(PROPERTIES.length)]).append("; ");
            }
        }
        return rule.toString();
    }
}
