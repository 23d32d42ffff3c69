package dev.citadel.passwords;

/**
 * A {@code passwordrules} string is malformed or contradicts itself. {@link #position()} is the 0-based
 * index into the input where the problem was found (the message also gives the 1-based column).
 */
public final class PasswordRulesException extends PasswordsException {
    private static final long serialVersionUID = 1L;

    /** Why a rule was refused. */
    public enum Reason {
        /** Longer than {@code PasswordRulesParser.MAX_RULE_CHARS}. */
        RULE_TOO_LONG,
        /** A property name other than required, allowed, max-consecutive, minlength, maxlength. */
        UNKNOWN_PROPERTY,
        /** A property name without the {@code :} that starts its value. */
        EXPECTED_COLON,
        /** A named class other than upper, lower, digit, special, ascii-printable, unicode. */
        UNKNOWN_CHARACTER_CLASS,
        /** Neither a named class nor {@code [} where a character class must start. */
        EXPECTED_CHARACTER_CLASS,
        /** A {@code [} without its closing {@code ]}. */
        UNBALANCED_BRACKETS,
        /** Something other than {@code ,} or {@code ;} after a value (a stray {@code ]}, a second number…). */
        EXPECTED_SEPARATOR,
        /** A length or count property whose value is not a decimal integer. */
        EXPECTED_INTEGER,
        /** An integer above {@code PasswordRulesParser.MAX_INTEGER}, or a maxlength/max-consecutive of 0. */
        VALUE_OUT_OF_RANGE,
        /** More {@code required} properties than {@code PasswordRulesParser.MAX_REQUIRED_PROPERTIES}. */
        TOO_MANY_REQUIRED,
        /** minlength greater than maxlength. */
        CONTRADICTORY_LENGTHS
    }

    private final Reason reason;
    private final int position;

    public PasswordRulesException(Reason reason, int position, String detail) {
        super("passwordrules: " + detail + " at column " + (position + 1), null);
        this.reason = reason;
        this.position = position;
    }

    public Reason reason() {
        return reason;
    }

    /** 0-based index into the rule string. */
    public int position() {
        return position;
    }
}
