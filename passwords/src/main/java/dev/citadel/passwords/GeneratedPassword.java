package dev.citadel.passwords;

/**
 * A freshly generated password. {@link #toString()} is redacted so that the value never reaches a log by
 * accident; {@link #reveal()} is the one way to read it (grep for it to audit where passwords go).
 */
public final class GeneratedPassword {

    /** How the password was built. */
    public enum Format {
        /** Three groups of six pronounceable characters, one upper-case letter and one digit ({@link AppleFormat}). */
        APPLE,
        /** Characters drawn from a {@code passwordrules} allowed set. */
        RULES
    }

    private final String value;
    private final Format format;

    GeneratedPassword(String value, Format format) {
        this.value = value;
        this.format = format;
    }

    /** The password itself. */
    public String reveal() {
        return value;
    }

    public Format format() {
        return format;
    }

    /** Length in characters (every generated character is ASCII). */
    public int length() {
        return value.length();
    }

    @Override
    public String toString() {
        return "GeneratedPassword[" + format + ", " + value.length() + " characters, redacted]";
    }
}
