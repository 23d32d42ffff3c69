package dev.citadel.passwords.rules;

import java.util.List;
import java.util.OptionalInt;

/**
 * A {@code passwordrules} value in canonical form (apple/password-manager-resources, "Password Rules
 * language"): every {@code required} class, the full allowed set (explicit {@code allowed} classes plus every
 * required class; ASCII printable when neither is given), the smallest {@code max-consecutive}, the largest
 * {@code minlength} and the smallest {@code maxlength}.
 *
 * <p>A password satisfies the rules when its length in code points is within {@code [minLength, maxLength]},
 * every character is allowed, each required set contributes at least one character, and no character
 * appears more than {@code maxConsecutive} times in a row.
 *
 * @param required       the required sets, in the order written, exact duplicates removed
 * @param allowed        every character a password may contain
 * @param maxConsecutive longest run of one identical character, if limited
 * @param minLength      minimum length (0 = no minimum)
 * @param maxLength      maximum length, if limited
 */
public record PasswordRules(List<CharacterSet> required, CharacterSet allowed, OptionalInt maxConsecutive,
        int minLength, OptionalInt maxLength) {

    /** No rules at all: any ASCII printable password of any length. */
    public static final PasswordRules NONE = new PasswordRules(List.of(), CharacterSet.ASCII_PRINTABLE,
            OptionalInt.empty(), 0, OptionalInt.empty());

    public PasswordRules {
        required = List.copyOf(required);
        for (CharacterSet r : required) {
            if (r.isEmpty() || !allowed.containsAll(r)) {
                throw new IllegalArgumentException("each required set must be non-empty and allowed");
            }
        }
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("the allowed set must not be empty");
        }
        if (minLength < 0 || maxLength.orElse(1) < 1 || maxConsecutive.orElse(1) < 1) {
            throw new IllegalArgumentException("lengths must be positive");
        }
        if (maxLength.isPresent() && minLength > maxLength.getAsInt()) {
            throw new IllegalArgumentException("minLength > maxLength");
        }
    }

    /** Parses {@code text}; see {@link PasswordRulesParser#parse}. */
    public static PasswordRules parse(String text) {
        return PasswordRulesParser.parse(text).rules();
    }

    /**
     * The canonical text: {@code required} properties, then {@code allowed}, {@code max-consecutive},
     * {@code minlength}, {@code maxlength}; it parses back to an equal value.
     */
    public String canonical() {
        StringBuilder out = new StringBuilder();
        required.forEach(r -> out.append("required: ").append(r.toRuleValue()).append("; "));
        out.append("allowed: ").append(allowed.toRuleValue()).append(';');
        maxConsecutive.ifPresent(m -> out.append(" max-consecutive: ").append(m).append(';'));
        if (minLength > 0) {
            out.append(" minlength: ").append(minLength).append(';');
        }
        maxLength.ifPresent(m -> out.append(" maxlength: ").append(m).append(';'));
        return out.toString();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
