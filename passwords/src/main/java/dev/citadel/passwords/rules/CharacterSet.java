package dev.citadel.passwords.rules;

/**
 * An immutable set of password characters as the {@code passwordrules} language sees them: any subset of
 * the 95 ASCII printable characters (U+0020 space through U+007E {@code ~}), or {@code unicode}, every
 * Unicode character.
 *
 * @param low     members U+0020..U+005F, bit {@code c - 0x20}
 * @param high    members U+0060..U+007E, bit {@code c - 0x60}
 * @param unicode whether every Unicode character is a member (then every ASCII bit is set as well)
 */
public record CharacterSet(long low, long high, boolean unicode) {

    private static final long HIGH_MASK = (1L << 31) - 1; // 0x60..0x7E: 31 characters

    /** No character (declared first: the other constants are built from it). */
    public static final CharacterSet EMPTY = new CharacterSet(0, 0, false);
    /** {@code upper}: A–Z. */
    public static final CharacterSet UPPER = range('A', 'Z');
    /** {@code lower}: a–z. */
    public static final CharacterSet LOWER = range('a', 'z');
    /** {@code digit}: 0–9. */
    public static final CharacterSet DIGIT = range('0', '9');
    /** {@code special}: the ASCII printable characters that are not letters or digits, space included. */
    public static final CharacterSet SPECIAL = range(' ', '/').union(range(':', '@')).union(range('[', '`'))
            .union(range('{', '~'));
    /** {@code ascii-printable}: U+0020..U+007E. */
    public static final CharacterSet ASCII_PRINTABLE = range(' ', '~');
    /** {@code unicode}: every Unicode character. */
    public static final CharacterSet UNICODE = new CharacterSet(ASCII_PRINTABLE.low, ASCII_PRINTABLE.high, true);

    public CharacterSet {
        if ((high & ~HIGH_MASK) != 0) {
            throw new IllegalArgumentException("bits beyond U+007E");
        }
        if (unicode && (low != -1L || high != HIGH_MASK)) {
            throw new IllegalArgumentException("a unicode set contains every ASCII printable character");
        }
    }

    /** The set of the ASCII printable characters in {@code chars}; others are refused. */
    public static CharacterSet of(CharSequence chars) {
        CharacterSet out = EMPTY;
        for (int i = 0; i < chars.length(); i++) {
            out = out.with(chars.charAt(i));
        }
        return out;
    }

    /** Whether {@code c} is one of the 95 characters a custom class may hold. */
    public static boolean isAsciiPrintable(int c) {
        return c >= 0x20 && c <= 0x7e;
    }

    private static CharacterSet range(char from, char to) {
        CharacterSet out = EMPTY;
        for (char c = from; c <= to; c++) {
            out = out.with(c);
        }
        return out;
    }

    /** This set plus {@code c}, which must be ASCII printable. */
    public CharacterSet with(char c) {
        if (!isAsciiPrintable(c)) {
            throw new IllegalArgumentException("not an ASCII printable character: U+" + Integer.toHexString(c));
        }
        if (unicode) {
            return this;
        }
        return c < 0x60 ? new CharacterSet(low | (1L << (c - 0x20)), high, false)
                : new CharacterSet(low, high | (1L << (c - 0x60)), false);
    }

    /** This set without the ASCII character {@code c} (a unicode set stays unicode and keeps it). */
    public CharacterSet without(char c) {
        if (unicode || !contains(c)) {
            return this;
        }
        return c < 0x60 ? new CharacterSet(low & ~(1L << (c - 0x20)), high, false)
                : new CharacterSet(low, high & ~(1L << (c - 0x60)), false);
    }

    public CharacterSet union(CharacterSet other) {
        return new CharacterSet(low | other.low, high | other.high, unicode || other.unicode);
    }

    /** The ASCII members common to both (and unicode only if both are). */
    public CharacterSet intersection(CharacterSet other) {
        return new CharacterSet(low & other.low, high & other.high, unicode && other.unicode);
    }

    /** Whether the code point {@code c} is a member. */
    public boolean contains(int c) {
        if (unicode) {
            return true;
        }
        if (c >= 0x20 && c < 0x60) {
            return (low & (1L << (c - 0x20))) != 0;
        }
        if (c >= 0x60 && c <= 0x7e) {
            return (high & (1L << (c - 0x60))) != 0;
        }
        return false;
    }

    /** Whether every member of {@code other} is a member of this set. */
    public boolean containsAll(CharacterSet other) {
        return unicode || (!other.unicode && (other.low & ~low) == 0 && (other.high & ~high) == 0);
    }

    /** Number of ASCII printable members (95 for unicode). */
    public int asciiSize() {
        return Long.bitCount(low) + Long.bitCount(high);
    }

    public boolean isEmpty() {
        return low == 0 && high == 0 && !unicode;
    }

    /** The ASCII printable members in code-point order. */
    public String asciiMembers() {
        StringBuilder out = new StringBuilder(asciiSize());
        for (char c = 0x20; c <= 0x7e; c++) {
            if (contains(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The canonical value text: named classes first ({@code upper, lower, digit, special}), then one custom
     * class of the rest with {@code -} first and {@code ]} last, so that the text parses back to this set.
     */
    public String toRuleValue() {
        if (unicode) {
            return "unicode";
        }
        if (equals(ASCII_PRINTABLE)) {
            return "ascii-printable";
        }
        StringBuilder out = new StringBuilder();
        CharacterSet rest = this;
        String[] names = {"upper", "lower", "digit", "special"};
        CharacterSet[] sets = {UPPER, LOWER, DIGIT, SPECIAL};
        for (int i = 0; i < sets.length; i++) {
            if (containsAll(sets[i])) {
                out.append(out.isEmpty() ? "" : ", ").append(names[i]);
                rest = new CharacterSet(rest.low & ~sets[i].low, rest.high & ~sets[i].high, false);
            }
        }
        if (!rest.isEmpty()) {
            String members = rest.asciiMembers();
            StringBuilder custom = new StringBuilder("[");
            if (members.indexOf('-') >= 0) {
                custom.append('-');
            }
            members.chars().filter(c -> c != '-' && c != ']').forEach(c -> custom.append((char) c));
            if (members.indexOf(']') >= 0) {
                custom.append(']');
            }
            custom.append(']');
            out.append(out.isEmpty() ? "" : ", ").append(custom);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return toRuleValue();
    }
}
