package dev.citadel.passwords;

import dev.citadel.passwords.internal.UniformRandom;
import dev.citadel.passwords.rules.CharacterSet;
import dev.citadel.passwords.rules.PasswordRules;

/**
 * The format of Apple's automatic strong passwords: 20 characters, three groups of six separated by
 * hyphens ({@code zaxnu9-dychar-rUjnym}). Each group is two consonant–vowel–consonant syllables; one
 * consonant at the start or end of a group is replaced by a digit, and one other letter is upper case.
 *
 * <h2>Security guarantees</h2>
 * Every choice is uniform and independent ({@link UniformRandom}, rejection sampling over the injected
 * random source), and every password decodes to exactly one sequence of choices, so the entropy is
 * exactly {@link #entropyBits()} ≈ 72.2 bits, computed from the alphabets and structure below.
 *
 * <h2>Does not</h2>
 * Fit every site: use {@link StrongPasswordGenerator#forRules} when a site publishes rules.
 */
public final class AppleFormat {

    /** Consonants: no {@code l}, which reads like {@code 1} and {@code I}. */
    public static final String CONSONANTS = "bcdfghjkmnpqrstvwxz";
    /** Vowels ({@code y} counts as one). */
    public static final String VOWELS = "aeiouy";
    /** Digits. */
    public static final String DIGITS = "0123456789";
    /** Groups per password. */
    public static final int GROUPS = 3;
    /** The letter pattern of one group: two consonant–vowel–consonant syllables. */
    public static final String GROUP_PATTERN = "CVCCVC";
    /** Total length: groups plus the hyphens between them. */
    public static final int LENGTH = GROUPS * GROUP_PATTERN.length() + GROUPS - 1;

    private AppleFormat() {}

    /**
     * Exact entropy in bits: log2 of the number of distinct passwords. The digit takes one of the
     * {@code 2 × GROUPS} group-edge consonant positions (either edge of each group is a consonant), the
     * upper-case letter is any of the remaining letters, and every other letter is free.
     */
    public static double entropyBits() {
        int consonantPositions = GROUPS * count(GROUP_PATTERN, 'C') - 1; // one edge consonant became the digit
        int vowelPositions = GROUPS * count(GROUP_PATTERN, 'V');
        int digitPositions = 2 * GROUPS;
        int upperPositions = consonantPositions + vowelPositions;
        return consonantPositions * log2(CONSONANTS.length()) + vowelPositions * log2(VOWELS.length())
                + log2(digitPositions) + log2(DIGITS.length()) + log2(upperPositions);
    }

    /** One password in this format. */
    static String generate(UniformRandom random) {
        int groupLength = GROUP_PATTERN.length();
        char[] out = new char[LENGTH];
        for (int g = 0; g < GROUPS; g++) {
            int base = g * (groupLength + 1);
            for (int i = 0; i < groupLength; i++) {
                out[base + i] = random.pick(GROUP_PATTERN.charAt(i) == 'C' ? CONSONANTS : VOWELS);
            }
            if (g + 1 < GROUPS) {
                out[base + groupLength] = '-';
            }
        }
        int edge = random.nextInt(2 * GROUPS);
        int digitAt = (edge / 2) * (groupLength + 1) + (edge % 2 == 0 ? 0 : groupLength - 1);
        out[digitAt] = random.pick(DIGITS);
        int upper = random.nextInt(GROUPS * groupLength - 1); // the n-th letter, skipping hyphens and the digit
        for (int i = 0; i < LENGTH; i++) {
            if (out[i] != '-' && i != digitAt && upper-- == 0) {
                out[i] = Character.toUpperCase(out[i]);
                break;
            }
        }
        return new String(out);
    }

    /**
     * Whether every password in this format satisfies {@code rules}: the length fits, every character the
     * format can produce is allowed, each required set is met by something every password contains (a
     * digit, an upper-case letter, a lower-case consonant and vowel, a hyphen), and runs of two identical
     * letters (possible where syllables meet) are permitted.
     */
    public static boolean admits(PasswordRules rules) {
        if (rules.minLength() > LENGTH || rules.maxLength().orElse(LENGTH) < LENGTH
                || rules.maxConsecutive().orElse(2) < 2) {
            return false;
        }
        CharacterSet lowerConsonants = CharacterSet.of(CONSONANTS);
        CharacterSet lowerVowels = CharacterSet.of(VOWELS);
        CharacterSet upper = CharacterSet.of((CONSONANTS + VOWELS).toUpperCase(java.util.Locale.ROOT));
        CharacterSet digits = CharacterSet.of(DIGITS);
        CharacterSet hyphen = CharacterSet.of("-");
        CharacterSet producible = lowerConsonants.union(lowerVowels).union(upper).union(digits).union(hyphen);
        if (!rules.allowed().containsAll(producible)) {
            return false;
        }
        for (CharacterSet r : rules.required()) {
            if (!(r.containsAll(digits) || r.containsAll(upper) || r.containsAll(lowerConsonants)
                    || r.containsAll(lowerVowels) || r.containsAll(hyphen))) {
                return false;
            }
        }
        return true;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
