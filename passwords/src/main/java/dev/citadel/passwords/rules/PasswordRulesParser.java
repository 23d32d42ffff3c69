package dev.citadel.passwords.rules;

import dev.citadel.passwords.PasswordRulesException;
import dev.citadel.passwords.PasswordRulesException.Reason;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Parser of the {@code passwordrules} language of apple/password-manager-resources (the {@code passwordrules}
 * HTML attribute proposal, and iOS {@code UITextInputPasswordRules}).
 *
 * <pre>
 * rules    = ws* [ property ws* *( ";" ws* [ property ws* ] ) ]
 * property = name ":" ws* [ value ]
 * name     = "required" / "allowed" / "max-consecutive" / "minlength" / "maxlength"   ; case-sensitive
 * value    = class *( ws* "," ws* class )   ; required, allowed
 *          / 1*DIGIT                        ; max-consecutive, minlength, maxlength
 * class    = "upper" / "lower" / "digit" / "special" / "ascii-printable" / "unicode"   ; case-insensitive
 *          / "[" chars "]"                  ; "-" only first; a final "]]" is "]" then the close
 * </pre>
 *
 * <h2>Security guarantees</h2>
 * Every malformed rule is refused with a {@link PasswordRulesException} naming its reason and position:
 * unknown properties or classes, unbalanced brackets, stray text, non-integers, contradictory lengths. Work
 * is bounded by {@link #MAX_RULE_CHARS}, {@link #MAX_INTEGER} and {@link #MAX_REQUIRED_PROPERTIES}.
 *
 * <h2>Does not</h2>
 * Refuse what the reference parser skips and real rules rely on (characters outside ASCII printable in a
 * custom class, a misplaced {@code -}, empty values): those become {@link ParseWarning}s.
 */
public final class PasswordRulesParser {

    /** Longest rule string accepted: real rules are under 250 characters; bounds parse time and memory. */
    public static final int MAX_RULE_CHARS = 2048;
    /** Largest integer value: real rules stay under 256; bounds the length of anything generated. */
    public static final int MAX_INTEGER = 4096;
    /** Most {@code required} properties: real rules use at most 8; the satisfiability check is 2^n. */
    public static final int MAX_REQUIRED_PROPERTIES = 16;

    private final String in;
    private final List<ParseWarning> warnings = new ArrayList<>();
    private int pos;

    private PasswordRulesParser(String in) {
        this.in = in;
    }

    /** Parses and canonicalises {@code text}. */
    public static ParsedPasswordRules parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("rules text is null");
        }
        if (text.length() > MAX_RULE_CHARS) {
            throw new PasswordRulesException(Reason.RULE_TOO_LONG, MAX_RULE_CHARS, "rule is longer than "
                    + MAX_RULE_CHARS + " characters");
        }
        PasswordRulesParser parser = new PasswordRulesParser(text);
        PasswordRules rules = parser.rules();
        return new ParsedPasswordRules(rules, parser.warnings);
    }

    private PasswordRules rules() {
        Set<CharacterSet> required = new LinkedHashSet<>();
        CharacterSet allowed = CharacterSet.EMPTY;
        boolean anyAllowed = false;
        Integer maxConsecutive = null;
        int minLength = 0;
        int minLengthAt = -1;
        Integer maxLength = null;
        int maxLengthAt = -1;
        int requiredCount = 0;

        skipWhitespace();
        while (pos < in.length()) {
            int start = pos;
            if (!isIdentifierChar(in.charAt(pos))) {
                throw error(Reason.UNKNOWN_PROPERTY, start, "expected a property name");
            }
            String name = identifier();
            if (!List.of("required", "allowed", "max-consecutive", "minlength", "maxlength").contains(name)) {
                throw error(Reason.UNKNOWN_PROPERTY, start, "unknown property '" + name + "'");
            }
            if (pos >= in.length() || in.charAt(pos) != ':') {
                throw error(Reason.EXPECTED_COLON, pos, "expected ':' after '" + name + "'");
            }
            pos++;
            skipWhitespace();
            if (pos >= in.length() || in.charAt(pos) == ';') {
                warnings.add(new ParseWarning(ParseWarning.Kind.EMPTY_VALUE, start, "'" + name + "' has no value"));
            } else {
                switch (name) {
                    case "required" -> {
                        if (++requiredCount > MAX_REQUIRED_PROPERTIES) {
                            throw error(Reason.TOO_MANY_REQUIRED, start, "more than " + MAX_REQUIRED_PROPERTIES
                                    + " required properties");
                        }
                        CharacterSet set = classes(start);
                        if (!set.isEmpty()) {
                            required.add(set);
                        }
                    }
                    case "allowed" -> {
                        CharacterSet set = classes(start);
                        anyAllowed |= !set.isEmpty();
                        allowed = allowed.union(set);
                    }
                    case "max-consecutive" -> {
                        int value = positiveInteger(name);
                        maxConsecutive = maxConsecutive == null ? value : Math.min(maxConsecutive, value);
                    }
                    case "minlength" -> {
                        int value = integer();
                        if (value > minLength) {
                            minLength = value;
                            minLengthAt = start;
                        }
                    }
                    case "maxlength" -> {
                        int value = positiveInteger(name);
                        if (maxLength == null || value < maxLength) {
                            maxLength = value;
                            maxLengthAt = start;
                        }
                    }
                    default -> throw new IllegalStateException(name);
                }
            }
            skipWhitespace();
            if (pos >= in.length()) {
                break;
            }
            if (in.charAt(pos) != ';') {
                throw error(Reason.EXPECTED_SEPARATOR, pos, "expected ';' or ',' but found '" + in.charAt(pos) + "'");
            }
            pos++;
            skipWhitespace();
        }
        if (maxLength != null && minLength > maxLength) {
            throw error(Reason.CONTRADICTORY_LENGTHS, Math.max(minLengthAt, maxLengthAt), "minlength " + minLength
                    + " is greater than maxlength " + maxLength);
        }
        for (CharacterSet r : required) {
            allowed = allowed.union(r);
        }
        if (!anyAllowed && required.isEmpty()) {
            allowed = CharacterSet.ASCII_PRINTABLE;
        }
        return new PasswordRules(List.copyOf(required), allowed,
                maxConsecutive == null ? OptionalInt.empty() : OptionalInt.of(maxConsecutive), minLength,
                maxLength == null ? OptionalInt.empty() : OptionalInt.of(maxLength));
    }

    /** {@code class *( "," class )}: the union of the classes (possibly empty when every class was). */
    private CharacterSet classes(int propertyStart) {
        CharacterSet out = CharacterSet.EMPTY;
        while (true) {
            if (pos >= in.length()) {
                throw error(Reason.EXPECTED_CHARACTER_CLASS, pos, "expected a character class");
            }
            char c = in.charAt(pos);
            if (isIdentifierChar(c)) {
                int start = pos;
                String id = identifier().toLowerCase(Locale.ROOT);
                out = out.union(switch (id) {
                    case "upper" -> CharacterSet.UPPER;
                    case "lower" -> CharacterSet.LOWER;
                    case "digit" -> CharacterSet.DIGIT;
                    case "special" -> CharacterSet.SPECIAL;
                    case "ascii-printable" -> CharacterSet.ASCII_PRINTABLE;
                    case "unicode" -> CharacterSet.UNICODE;
                    default -> throw error(Reason.UNKNOWN_CHARACTER_CLASS, start, "unknown character class '"
                            + in.substring(start, pos) + "'");
                });
            } else if (c == '[') {
                out = out.union(customClass());
            } else {
                throw error(Reason.EXPECTED_CHARACTER_CLASS, pos, "expected a character class but found '" + c + "'");
            }
            skipWhitespace();
            if (pos >= in.length() || in.charAt(pos) == ';') {
                return out;
            }
            if (in.charAt(pos) != ',') {
                throw error(Reason.EXPECTED_SEPARATOR, pos, "expected ',' or ';' but found '" + in.charAt(pos) + "'");
            }
            pos++;
            skipWhitespace();
        }
    }

    /** {@code "[" chars "]"} starting at the {@code [}. */
    private CharacterSet customClass() {
        int open = pos++;
        CharacterSet out = CharacterSet.EMPTY;
        boolean first = true;
        while (true) {
            if (pos >= in.length()) {
                throw error(Reason.UNBALANCED_BRACKETS, open, "'[' is never closed");
            }
            char c = in.charAt(pos);
            if (c == ']') {
                if (pos + 1 < in.length() && in.charAt(pos + 1) == ']') {
                    out = out.with(']'); // "]]" ends a class that contains ']'
                    pos += 2;
                } else {
                    pos++;
                }
                break;
            }
            if (!CharacterSet.isAsciiPrintable(c)) {
                warnings.add(new ParseWarning(ParseWarning.Kind.CHARACTER_IGNORED, pos, "U+" + String.format(Locale.ROOT,
                        "%04X", in.codePointAt(pos)) + " is not ASCII printable and cannot be required or allowed"));
                pos += Character.charCount(in.codePointAt(pos));
                first = false;
                continue;
            }
            if (c == '-' && !first) {
                warnings.add(new ParseWarning(ParseWarning.Kind.HYPHEN_IGNORED, pos,
                        "'-' is only a character as the first of a class"));
            } else {
                out = out.with(c);
            }
            first = false;
            pos++;
        }
        if (out.isEmpty()) {
            warnings.add(new ParseWarning(ParseWarning.Kind.EMPTY_CHARACTER_CLASS, open, "empty character class"));
        }
        return out;
    }

    private int positiveInteger(String name) {
        int start = pos;
        int value = integer();
        if (value == 0) {
            throw error(Reason.VALUE_OUT_OF_RANGE, start, name + " must be at least 1");
        }
        return value;
    }

    private int integer() {
        int start = pos;
        if (!isDigit(in.charAt(pos))) {
            throw error(Reason.EXPECTED_INTEGER, pos, "expected a whole number");
        }
        long value = 0;
        while (pos < in.length() && isDigit(in.charAt(pos))) {
            value = value * 10 + (in.charAt(pos) - '0');
            if (value > MAX_INTEGER) {
                throw error(Reason.VALUE_OUT_OF_RANGE, start, "value is larger than " + MAX_INTEGER);
            }
            pos++;
        }
        return (int) value;
    }

    private String identifier() {
        int start = pos;
        while (pos < in.length() && isIdentifierChar(in.charAt(pos))) {
            pos++;
        }
        return in.substring(start, pos);
    }

    private void skipWhitespace() {
        while (pos < in.length() && " \t\n\r\f".indexOf(in.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private static boolean isIdentifierChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static PasswordRulesException error(Reason reason, int position, String detail) {
        return new PasswordRulesException(reason, position, detail);
    }
}
