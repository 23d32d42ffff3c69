package dev.citadel.passwords.strength;

import java.util.List;

/**
 * The verdict on one password: zxcvbn's estimate and the SP 800-63B findings. Never contains the password.
 *
 * @param score        zxcvbn score 0 (too guessable) to 4 (very unguessable)
 * @param guessesLog10 zxcvbn's estimated guesses, log10
 * @param length       length in code points after NFKC normalisation
 * @param warning      zxcvbn's warning, empty if none
 * @param suggestions  zxcvbn's suggestions
 * @param findings     refusals and advice; empty when nothing was found
 */
public record StrengthReport(int score, double guessesLog10, int length, String warning, List<String> suggestions,
        List<Finding> findings) {

    public StrengthReport {
        suggestions = List.copyOf(suggestions);
        findings = List.copyOf(findings);
    }

    /** Whether SP 800-63B lets a verifier accept the password: no finding is a refusal. */
    public boolean acceptable() {
        return findings.stream().noneMatch(f -> f.code().refusal());
    }

    /** This report with one more finding (the breach check adds its own). */
    public StrengthReport with(Finding finding) {
        List<Finding> more = new java.util.ArrayList<>(findings);
        more.add(finding);
        return new StrengthReport(score, guessesLog10, length, warning, suggestions, more);
    }
}
