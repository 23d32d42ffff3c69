package dev.citadel.passwords.strength;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Password strength as a verifier judges it: the NIST SP 800-63B-4 §3.1.1.2 checks (minimum length by use,
 * blocklist, context-specific words) plus zxcvbn's guess estimate as advice.
 *
 * <pre>{@code
 * PasswordStrength strength = PasswordStrength.standard();
 * StrengthReport r = strength.check(candidate, PasswordUse.SINGLE_FACTOR, List.of("alice", "example.com"));
 * if (!r.acceptable()) { … r.findings() … }
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * Length is counted in code points after NFKC normalisation (800-63B: each code point one character). Work
 * on hostile input is bounded: passwords over {@link #MAX_PASSWORD_CODE_POINTS} are refused without
 * analysis, and zxcvbn sees at most the first {@link #ZXCVBN_MAX_CHARS} characters. Reports never contain
 * the password.
 *
 * <h2>Does not</h2>
 * Impose composition rules (800-63B says SHALL NOT), check breach corpora (see
 * {@code breach.BreachChecker}), rate-limit guesses, or store anything.
 */
public final class PasswordStrength {

    /** Longest password analysed: 800-63B asks verifiers to accept at least 64; longer is likely an attack. */
    public static final int MAX_PASSWORD_CODE_POINTS = 1024;
    /** zxcvbn's matching grows faster than linearly; upstream zxcvbn also truncates its input at 100. */
    public static final int ZXCVBN_MAX_CHARS = 100;
    /** Context words shorter than this are ignored: they would refuse too much ("a", "jo"). */
    public static final int MIN_CONTEXT_WORD_LENGTH = 3;
    /** Most context words considered per check. */
    public static final int MAX_CONTEXT_WORDS = 32;

    private final Blocklist blocklist;
    private final Zxcvbn zxcvbn = new Zxcvbn();

    public PasswordStrength(Blocklist blocklist) {
        this.blocklist = Objects.requireNonNull(blocklist, "blocklist");
    }

    /** With zxcvbn's 30,000 most common passwords as the blocklist. */
    public static PasswordStrength standard() {
        return new PasswordStrength(Blocklist.common());
    }

    /**
     * Checks {@code password} for {@code use}; {@code contextWords} are words the password must not contain
     * (user name, e-mail local part, service name), compared case-insensitively.
     */
    public StrengthReport check(CharSequence password, PasswordUse use, List<String> contextWords) {
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalised.codePointCount(0, normalised.length());
        List<Finding> findings = new ArrayList<>();
        if (length > MAX_PASSWORD_CODE_POINTS) {
            findings.add(new Finding(Finding.Code.TOO_LONG, "longer than " + MAX_PASSWORD_CODE_POINTS + " characters"));
            return new StrengthReport(0, 0, length, "", List.of(), findings);
        }
        if (length < use.minimumLength()) {
            findings.add(new Finding(Finding.Code.TOO_SHORT, "use at least " + use.minimumLength() + " characters"));
        }
        if (blocklist.contains(normalised)) {
            findings.add(new Finding(Finding.Code.BLOCKLISTED, "this is a commonly used password"));
        }
        String lower = normalised.toLowerCase(Locale.ROOT);
        List<String> words = contextWords.stream().limit(MAX_CONTEXT_WORDS).filter(Objects::nonNull)
                .map(w -> Normalizer.normalize(w, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip())
                .filter(w -> w.codePointCount(0, w.length()) >= MIN_CONTEXT_WORD_LENGTH).distinct().toList();
        for (String word : words) {
            if (lower.contains(word)) {
                findings.add(new Finding(Finding.Code.CONTAINS_CONTEXT_WORD, "contains a word from this account or service"));
                break;
            }
        }
        Strength s = zxcvbn.measure(truncate(normalised), words);
        try {
            if (s.getScore() < 3) {
                findings.add(new Finding(Finding.Code.EASILY_GUESSED, "estimated to fall to fewer than 10^8 guesses"));
            }
            var feedback = s.getFeedback();
            return new StrengthReport(s.getScore(), s.getGuessesLog10(), length,
                    feedback.getWarning(Locale.ENGLISH) == null ? "" : feedback.getWarning(Locale.ENGLISH),
                    feedback.getSuggestions(Locale.ENGLISH), findings);
        } finally {
            s.wipe();
        }
    }

    private static String truncate(String s) {
        if (s.length() <= ZXCVBN_MAX_CHARS) {
            return s;
        }
        int end = ZXCVBN_MAX_CHARS;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
