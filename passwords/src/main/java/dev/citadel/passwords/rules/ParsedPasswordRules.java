package dev.citadel.passwords.rules;

import java.util.List;

/**
 * The result of parsing: the canonical rules and what the parser skipped on the way.
 *
 * @param rules    canonical rules
 * @param warnings characters or values skipped (never a reason to reject, see {@link ParseWarning})
 */
public record ParsedPasswordRules(PasswordRules rules, List<ParseWarning> warnings) {

    public ParsedPasswordRules {
        warnings = List.copyOf(warnings);
    }
}
