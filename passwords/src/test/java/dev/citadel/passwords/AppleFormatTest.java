package dev.citadel.passwords;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Apple-format passwords: the structure holds for every sample, the entropy is computed from the
 * generator's own alphabets and structure (by counting, independently of {@link AppleFormat#entropyBits()}),
 * and a chi-squared test finds no bias in any position on a large sample.
 */
class AppleFormatTest {

    static final int SAMPLE = 200_000;

    static final String C = "[" + AppleFormat.CONSONANTS + "]";
    static final String V = "[" + AppleFormat.VOWELS + "]";

    @Test
    void entropyIsCountedFromTheAlphabetsAndStructure() {
        // Count distinct passwords: for each digit position (the first or last letter of a group, both
        // consonants) and each upper-case position, multiply the choices of every remaining letter.
        String pattern = (AppleFormat.GROUP_PATTERN + "-").repeat(AppleFormat.GROUPS);
        pattern = pattern.substring(0, pattern.length() - 1);
        assertThat(pattern).hasSize(AppleFormat.LENGTH).isEqualTo("CVCCVC-CVCCVC-CVCCVC");
        BigInteger total = BigInteger.ZERO;
        for (int digitAt = 0; digitAt < pattern.length(); digitAt++) {
            boolean groupEdge = pattern.charAt(digitAt) != '-' && (digitAt == 0 || pattern.charAt(digitAt - 1) == '-'
                    || digitAt == pattern.length() - 1 || pattern.charAt(digitAt + 1) == '-');
            if (!groupEdge) {
                continue;
            }
            for (int upperAt = 0; upperAt < pattern.length(); upperAt++) {
                if (upperAt == digitAt || pattern.charAt(upperAt) == '-') {
                    continue;
                }
                BigInteger n = BigInteger.valueOf(AppleFormat.DIGITS.length());
                for (int i = 0; i < pattern.length(); i++) {
                    char k = pattern.charAt(i);
                    if (i != digitAt && k != '-') {
                        n = n.multiply(BigInteger.valueOf(k == 'C' ? AppleFormat.CONSONANTS.length() : AppleFormat.VOWELS.length()));
                    }
                }
                total = total.add(n);
            }
        }
        double bits = total.bitLength() - 1 + Math.log(total.doubleValue() / Math.pow(2, total.bitLength() - 1)) / Math.log(2);
        assertThat(bits).isCloseTo(AppleFormat.entropyBits(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(bits).isBetween(71.0, 73.0);
        System.out.printf("[passwords] Apple format entropy: %.2f bits (%s passwords)%n", bits, total);
    }

    @Test
    void everySampleHasTheStructureAndTheCharacterDistributionIsUniform() {
        StrongPasswordGenerator generator = new StrongPasswordGenerator(new DeterministicRandom(42));
        Pattern lowerShape = Pattern.compile("(" + C + V + C + C + V + C + ")-(" + C + V + C + C + V + C + ")-("
                + C + V + C + C + V + C + ")");
        int[][] perPosition = new int[AppleFormat.LENGTH][128];
        int[] digitPosition = new int[AppleFormat.LENGTH];
        int[] upperPosition = new int[AppleFormat.LENGTH];
        for (int n = 0; n < SAMPLE; n++) {
            String p = generator.appleFormat().reveal();
            assertThat(p).hasSize(20);
            int digits = 0;
            int uppers = 0;
            StringBuilder restored = new StringBuilder();
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (Character.isDigit(c)) {
                    digits++;
                    digitPosition[i]++;
                    restored.append(AppleFormat.CONSONANTS.charAt(0)); // stands for the replaced consonant
                } else if (Character.isUpperCase(c)) {
                    uppers++;
                    upperPosition[i]++;
                    restored.append(Character.toLowerCase(c));
                } else {
                    restored.append(c);
                }
                perPosition[i][Character.toLowerCase(c)]++;
            }
            assertThat(digits).as(p).isEqualTo(1);
            assertThat(uppers).as(p).isEqualTo(1);
            assertThat(lowerShape.matcher(restored).matches()).as(p).isTrue();
        }
        // Digit position: uniform over the 6 group edges.
        int[] edges = {0, 5, 7, 12, 14, 19};
        assertUniform("digit position", java.util.Arrays.stream(edges).map(i -> digitPosition[i]).toArray());
        assertThat(java.util.Arrays.stream(digitPosition).sum()).isEqualTo(SAMPLE);
        // Digit values: uniform over 0..9, pooled over positions.
        int[] digitValues = new int[10];
        for (int[] counts : perPosition) {
            for (int d = 0; d < 10; d++) {
                digitValues[d] += counts['0' + d];
            }
        }
        assertUniform("digit values", digitValues);
        // Each letter position: uniform over its alphabet (counting a letter whether or not it was upper-cased).
        String pattern = "CVCCVC-CVCCVC-CVCCVC";
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '-') {
                continue;
            }
            String alphabet = pattern.charAt(i) == 'C' ? AppleFormat.CONSONANTS : AppleFormat.VOWELS;
            int[] pos = perPosition[i];
            assertUniform("letters at position " + i, alphabet.chars().map(c -> pos[c]).toArray());
        }
    }

    /**
     * Pearson chi-squared against the uniform distribution at significance 1e-6 (a fixed seed keeps the run
     * reproducible; the threshold keeps a correct generator from ever failing by chance). The critical value
     * comes from the Wilson–Hilferty approximation.
     */
    static void assertUniform(String what, int[] counts) {
        long n = java.util.Arrays.stream(counts).asLongStream().sum();
        double expected = (double) n / counts.length;
        double chi2 = 0;
        for (int c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        int df = counts.length - 1;
        double z = 4.753; // upper 1e-6 quantile of the standard normal
        double critical = df * Math.pow(1 - 2.0 / (9 * df) + z * Math.sqrt(2.0 / (9 * df)), 3);
        assertThat(chi2).as(what + ": chi-squared " + chi2 + " with " + df + " degrees of freedom").isLessThan(critical);
    }
}
