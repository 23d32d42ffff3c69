package dev.citadel.passwords.breach;

import java.util.regex.Pattern;

/**
 * The first 5 hexadecimal characters (20 bits) of a password's SHA-1: all that a range query reveals. About
 * 800 breached passwords share each prefix, which is what gives the query its k-anonymity.
 *
 * @param value five upper-case hexadecimal characters
 */
public record HashPrefix(String value) {

    /** Hex characters in a prefix. */
    public static final int LENGTH = 5;

    private static final Pattern FORMAT = Pattern.compile("[0-9A-F]{5}");

    public HashPrefix {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a hash prefix is 5 upper-case hex characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
