package dev.citadel.passwords;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * An independent reading of the Password Rules language, written for the tests from the specification
 * (apple/password-manager-resources; Apple's "Customizing Password AutoFill Rules") and sharing no code
 * with the production parser or generator. It interprets the raw rule text and judges one password.
 */
final class SpecRuleChecker {

    private final List<IntPredicate> required = new ArrayList<>();
    private IntPredicate allowed;
    private int minLength;
    private int maxLength = Integer.MAX_VALUE;
    private int maxConsecutive = Integer.MAX_VALUE;

    SpecRuleChecker(String rule) {
        IntPredicate explicitAllowed = null;
        for (String property : splitProperties(rule)) {
            String p = property.strip();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.indexOf(':');
            String name = p.substring(0, colon).strip();
            String value = p.substring(colon + 1).strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (name) {
                case "minlength" -> minLength = Math.max(minLength, Integer.parseInt(value));
                case "maxlength" -> maxLength = Math.min(maxLength, Integer.parseInt(value));
                case "max-consecutive" -> maxConsecutive = Math.min(maxConsecutive, Integer.parseInt(value));
                case "required" -> required.add(classes(value));
                case "allowed" -> explicitAllowed = explicitAllowed == null ? classes(value) : explicitAllowed.or(classes(value));
                default -> throw new IllegalArgumentException("unknown property " + name);
            }
        }
        // Spec: the allowed set is the allowed classes plus every required class; with neither, ASCII printable.
        IntPredicate union = explicitAllowed;
        for (IntPredicate r : required) {
            union = union == null ? r : union.or(r);
        }
        allowed = union == null ? SpecRuleChecker::asciiPrintable : union;
    }

    /** Empty when the password satisfies the rule, else the first violation. */
    String violation(String password) {
        int[] cps = password.codePoints().toArray();
        if (cps.length < minLength) {
            return "shorter than minlength " + minLength;
        }
        if (cps.length > maxLength) {
            return "longer than maxlength " + maxLength;
        }
        for (int c : cps) {
            if (!allowed.test(c)) {
                return "character '" + Character.toString(c) + "' is not allowed";
            }
        }
        for (int i = 0; i < required.size(); i++) {
            IntPredicate r = required.get(i);
            if (java.util.Arrays.stream(cps).noneMatch(r::test)) {
                return "required class #" + (i + 1) + " is missing";
            }
        }
        int run = 1;
        for (int i = 1; i < cps.length; i++) {
            run = cps[i] == cps[i - 1] ? run + 1 : 1;
            if (run > maxConsecutive) {
                return "more than " + maxConsecutive + " identical characters in a row";
            }
        }
        return "";
    }

    /** Splits on ';' outside custom classes. */
    private static List<String> splitProperties(String rule) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < rule.length(); i++) {
            char c = rule.charAt(i);
            if (c == '[') {
                int close = closeOf(rule, i);
                current.append(rule, i, close + 1);
                i = close;
            } else if (c == ';') {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }

    /** Index of the ']' closing the class opened at {@code open}; "]]" means a literal ']' then the close. */
    private static int closeOf(String s, int open) {
        int close = s.indexOf(']', open + 1);
        return close + 1 < s.length() && s.charAt(close + 1) == ']' ? close + 1 : close;
    }

    private static IntPredicate classes(String value) {
        IntPredicate out = c -> false;
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == ',' || Character.isWhitespace(c)) {
                i++;
            } else if (c == '[') {
                int close = closeOf(value, i);
                String body = value.substring(i + 1, close);
                StringBuilder members = new StringBuilder();
                for (int k = 0; k < body.length(); k++) {
                    char m = body.charAt(k);
                    // Spec: ASCII printable characters only; '-' is a member only as the first character.
                    if (asciiPrintable(m) && (m != '-' || k == 0)) {
                        members.append(m);
                    }
                }
                String set = members.toString();
                out = out.or(x -> set.indexOf(x) >= 0);
                i = close + 1;
            } else {
                int end = i;
                while (end < value.length() && value.charAt(end) != ',' && !Character.isWhitespace(value.charAt(end))) {
                    end++;
                }
                out = out.or(named(value.substring(i, end).toLowerCase(java.util.Locale.ROOT)));
                i = end;
            }
        }
        return out;
    }

    private static IntPredicate named(String name) {
        return switch (name) {
            case "upper" -> c -> c >= 'A' && c <= 'Z';
            case "lower" -> c -> c >= 'a' && c <= 'z';
            case "digit" -> c -> c >= '0' && c <= '9';
            case "special" -> c -> asciiPrintable(c) && !Character.isLetterOrDigit(c);
            case "ascii-printable" -> SpecRuleChecker::asciiPrintable;
            case "unicode" -> c -> true;
            default -> throw new IllegalArgumentException("unknown class " + name);
        };
    }

    private static boolean asciiPrintable(int c) {
        return c >= 0x20 && c <= 0x7e;
    }
}
