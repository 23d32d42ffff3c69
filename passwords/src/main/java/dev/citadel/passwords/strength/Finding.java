package dev.citadel.passwords.strength;

/**
 * One reason a password is refused or discouraged.
 *
 * @param code     what was found
 * @param detail   one line for people; never contains the password
 */
public record Finding(Code code, String detail) {

    /** What was found, and whether SP 800-63B makes it a refusal. */
    public enum Code {
        /** Shorter than the minimum for its {@link PasswordUse} (800-63B-4 §3.1.1.2: SHALL refuse). */
        TOO_SHORT(true),
        /** Longer than {@link PasswordStrength#MAX_PASSWORD_CODE_POINTS} (800-63B asks for at least 64). */
        TOO_LONG(true),
        /** On the blocklist of commonly used or compromised passwords (SHALL refuse). */
        BLOCKLISTED(true),
        /** Contains a context-specific word: the user name, the service name… (SHALL refuse). */
        CONTAINS_CONTEXT_WORD(true),
        /** Found in a breach corpus by the k-anonymity range query (SHALL refuse). */
        BREACHED(true),
        /** zxcvbn estimates fewer than 10^8 guesses (score below 3): advice, not a refusal. */
        EASILY_GUESSED(false);

        private final boolean refusal;

        Code(boolean refusal) {
            this.refusal = refusal;
        }

        /** Whether a verifier following 800-63B must refuse the password. */
        public boolean refusal() {
            return refusal;
        }
    }
}
