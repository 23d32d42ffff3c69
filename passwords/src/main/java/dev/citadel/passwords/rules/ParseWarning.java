package dev.citadel.passwords.rules;

/**
 * Something the parser skipped, as the reference parser of apple/password-manager-resources does, rather
 * than refused: real site rules rely on it (for example {@code §} or {@code ä} in a custom class).
 *
 * @param kind     what was skipped
 * @param position 0-based index into the rule string
 * @param detail   one line for people
 */
public record ParseWarning(Kind kind, int position, String detail) {

    /** What was skipped. */
    public enum Kind {
        /** A character outside U+0020..U+007E inside a custom class: the language has no way to require it. */
        CHARACTER_IGNORED,
        /** A {@code -} that is not the first character of a custom class (the language has no ranges). */
        HYPHEN_IGNORED,
        /** {@code []}, or a class left empty once ignored characters are gone. */
        EMPTY_CHARACTER_CLASS,
        /** A property with no value ({@code required: ;}). */
        EMPTY_VALUE
    }
}
