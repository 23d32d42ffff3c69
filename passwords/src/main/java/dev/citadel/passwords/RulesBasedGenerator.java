package dev.citadel.passwords;

import dev.citadel.passwords.UnsatisfiableRulesException.Reason;
import dev.citadel.passwords.internal.UniformRandom;
import dev.citadel.passwords.rules.CharacterSet;
import dev.citadel.passwords.rules.PasswordRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Generates passwords for a {@code passwordrules} value. Static analysis first: rules no password can meet
 * are refused with {@link UnsatisfiableRulesException} before any drawing. Then uniform rejection sampling
 * (each candidate is {@code length} independent uniform characters of the allowed set; the first that meets
 * every rule is returned, so the result is uniform over all valid passwords of that length), and if that
 * needs too many draws, a constructive pass that places one character of each required set first.
 */
final class RulesBasedGenerator {

    /** Length when the rules leave it open: Apple's strong passwords are 20 characters too. */
    static final int DEFAULT_LENGTH = 20;
    /** Uniform candidates tried before the constructive pass; real rules accept within a few dozen. */
    static final int MAX_UNIFORM_ATTEMPTS = 2_000;
    /** Characters drawn in the uniform phase at most: bounds its work for very long passwords. */
    static final int MAX_UNIFORM_CHARACTERS = 200_000;
    /** Constructive candidates tried before reporting {@link Reason#ATTEMPTS_EXHAUSTED}. */
    static final int MAX_CONSTRUCTIVE_ATTEMPTS = 2_000;

    private final PasswordRules rules;
    private final String alphabet;
    private final List<String> requiredAlphabets;
    private final int length;

    private RulesBasedGenerator(PasswordRules rules, String alphabet, List<String> requiredAlphabets, int length) {
        this.rules = rules;
        this.alphabet = alphabet;
        this.requiredAlphabets = requiredAlphabets;
        this.length = length;
    }

    /**
     * Plans generation: the alphabet (the allowed ASCII characters; space only when a rule needs it, since
     * sites often trim it), the length ({@link #DEFAULT_LENGTH} within the rule's bounds) and the checks that
     * prove a password exists.
     */
    static RulesBasedGenerator plan(PasswordRules rules) {
        List<String> required = new ArrayList<>();
        boolean needSpace = false;
        for (CharacterSet r : rules.required()) {
            CharacterSet withoutSpace = r.without(' ');
            String members = (withoutSpace.asciiSize() > 0 ? withoutSpace : r).asciiMembers();
            needSpace |= members.equals(" ");
            required.add(members);
        }
        CharacterSet allowed = rules.allowed().unicode() ? CharacterSet.ASCII_PRINTABLE : rules.allowed();
        if (!needSpace && allowed.without(' ').asciiSize() >= 2) {
            allowed = allowed.without(' ');
        }
        String alphabet = allowed.asciiMembers();

        int needed = minimumHittingSet(required, alphabet);
        if (needed == Integer.MAX_VALUE) {
            throw new IllegalStateException("a required set has no character in the alphabet: a bug, not a rule problem");
        }
        int length = Math.max(rules.minLength(), DEFAULT_LENGTH);
        if (rules.maxLength().isPresent()) {
            length = Math.min(length, rules.maxLength().getAsInt());
        }
        length = Math.max(length, needed);
        if (rules.maxLength().isPresent() && needed > rules.maxLength().getAsInt()) {
            throw new UnsatisfiableRulesException(Reason.REQUIRED_CLASSES_EXCEED_MAX_LENGTH, "the required classes need "
                    + needed + " characters but maxlength is " + rules.maxLength().getAsInt());
        }
        if (alphabet.length() == 1 && rules.maxConsecutive().isPresent() && length > rules.maxConsecutive().getAsInt()) {
            int longest = rules.maxConsecutive().getAsInt(); // one character: the password is a single run
            if (longest < Math.max(rules.minLength(), needed)) {
                throw new UnsatisfiableRulesException(Reason.MAX_CONSECUTIVE_TOO_SMALL, "only '" + alphabet
                        + "' is allowed, but max-consecutive " + longest + " is below the minimum length "
                        + Math.max(rules.minLength(), needed));
            }
            length = longest;
        }
        return new RulesBasedGenerator(rules, alphabet, List.copyOf(required), length);
    }

    int length() {
        return length;
    }

    String generate(UniformRandom random) {
        char[] candidate = new char[length];
        int uniformAttempts = Math.min(MAX_UNIFORM_ATTEMPTS, Math.max(1, MAX_UNIFORM_CHARACTERS / length));
        for (int attempt = 0; attempt < uniformAttempts; attempt++) {
            for (int i = 0; i < length; i++) {
                candidate[i] = random.pick(alphabet);
            }
            if (meetsRules(candidate)) {
                return new String(candidate);
            }
        }
        for (int attempt = 0; attempt < MAX_CONSTRUCTIVE_ATTEMPTS; attempt++) {
            if (construct(candidate, random) && meetsRules(candidate)) {
                return new String(candidate);
            }
        }
        throw new UnsatisfiableRulesException(Reason.ATTEMPTS_EXHAUSTED, "no password found after "
                + (MAX_UNIFORM_ATTEMPTS + MAX_CONSTRUCTIVE_ATTEMPTS) + " candidates");
    }

    /** Fills at random, places one character of each unmet required set, then breaks over-long runs. */
    private boolean construct(char[] out, UniformRandom random) {
        for (int i = 0; i < out.length; i++) {
            out[i] = random.pick(alphabet);
        }
        boolean[] locked = new boolean[out.length];
        List<String> order = new ArrayList<>(requiredAlphabets);
        for (int i = order.size() - 1; i > 0; i--) { // Fisher–Yates
            int j = random.nextInt(i + 1);
            order.set(i, order.set(j, order.get(i)));
        }
        for (String set : order) {
            if (containsLocked(out, locked, set)) {
                continue;
            }
            int free = countFalse(locked);
            if (free == 0) {
                return false;
            }
            int at = nthFalse(locked, random.nextInt(free));
            out[at] = random.pick(set);
            locked[at] = true;
        }
        int max = rules.maxConsecutive().orElse(Integer.MAX_VALUE);
        int run = 1;
        for (int i = 1; i < out.length; i++) {
            run = out[i] == out[i - 1] ? run + 1 : 1;
            if (run <= max) {
                continue;
            }
            if (!locked[i]) { // differ from the left neighbour; the right one is checked next
                String others = otherThan(out[i - 1], out[i - 1]);
                if (others.isEmpty()) {
                    return false;
                }
                out[i] = random.pick(others);
            } else if (!locked[i - 1]) {
                String others = otherThan(i >= 2 ? out[i - 2] : out[i], out[i]);
                if (others.isEmpty()) {
                    return false;
                }
                out[i - 1] = random.pick(others);
            } else {
                return false;
            }
            run = 1; // out[i] now differs from out[i - 1], and the run before i - 1 did not grow
        }
        return true;
    }

    private boolean meetsRules(char[] candidate) {
        for (String set : requiredAlphabets) {
            boolean met = false;
            for (char c : candidate) {
                if (set.indexOf(c) >= 0) {
                    met = true;
                    break;
                }
            }
            if (!met) {
                return false;
            }
        }
        int max = rules.maxConsecutive().orElse(Integer.MAX_VALUE);
        for (int i = 1, run = 1; i < candidate.length; i++) {
            run = candidate[i] == candidate[i - 1] ? run + 1 : 1;
            if (run > max) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsLocked(char[] out, boolean[] locked, String set) {
        for (int i = 0; i < out.length; i++) {
            if (locked[i] && set.indexOf(out[i]) >= 0) {
                return true;
            }
        }
        return false;
    }

    private String otherThan(char a, char b) {
        StringBuilder out = new StringBuilder();
        for (char c : alphabet.toCharArray()) {
            if (c != a && c != b) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int countFalse(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 0 : 1;
        }
        return n;
    }

    private static int nthFalse(boolean[] flags, int n) {
        for (int i = 0; i < flags.length; i++) {
            if (!flags[i] && n-- == 0) {
                return i;
            }
        }
        throw new IllegalStateException("fewer free positions than counted");
    }

    /**
     * The fewest characters that meet every required set: an exact breadth-first search over the subsets of
     * required sets met so far (at most 2^{@link dev.citadel.passwords.rules.PasswordRulesParser#MAX_REQUIRED_PROPERTIES}
     * states, each extended by the distinct masks of the alphabet's characters).
     */
    static int minimumHittingSet(List<String> required, String alphabet) {
        int k = required.size();
        if (k == 0) {
            return 0;
        }
        int full = (1 << k) - 1;
        int[] masks = alphabet.chars().map(c -> {
            int m = 0;
            for (int i = 0; i < k; i++) {
                m |= required.get(i).indexOf(c) >= 0 ? 1 << i : 0;
            }
            return m;
        }).filter(m -> m != 0).distinct().toArray();
        for (int i = 0; i < k; i++) {
            int bit = 1 << i;
            if (Arrays.stream(masks).noneMatch(m -> (m & bit) != 0)) {
                return Integer.MAX_VALUE; // cannot happen: required sets are subsets of the alphabet
            }
        }
        int[] distance = new int[full + 1];
        Arrays.fill(distance, -1);
        distance[0] = 0;
        int[] queue = new int[full + 1];
        int head = 0;
        int tail = 0;
        queue[tail++] = 0;
        while (head < tail) {
            int state = queue[head++];
            for (int m : masks) {
                int next = state | m;
                if (distance[next] < 0) {
                    distance[next] = distance[state] + 1;
                    if (next == full) {
                        return distance[next];
                    }
                    queue[tail++] = next;
                }
            }
        }
        return distance[full];
    }
}
