package dev.citadel.server.passkeys;

import java.time.Instant;
import java.util.Objects;

/**
 * A passkey account.
 *
 * @param handle      the WebAuthn user handle
 * @param username    unique sign-in name ({@link #MAX_NAME_CHARS} characters at most, no control characters)
 * @param displayName name authenticators show beside the passkey
 * @param createdAt   when the account was created
 */
public record PasskeyUser(UserHandle handle, String username, String displayName, Instant createdAt) {

    /** Longest username or display name accepted (WebAuthn §6.4.1 lets authenticators truncate at 64 bytes). */
    public static final int MAX_NAME_CHARS = 64;

    public PasskeyUser {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(createdAt, "createdAt");
        requireName("username", username);
        requireName("displayName", displayName);
    }

    /** Throws {@link IllegalArgumentException} unless {@code value} is 1 to {@link #MAX_NAME_CHARS} characters without controls. */
    public static void requireName(String what, String value) {
        if (!isValidName(value)) {
            throw new IllegalArgumentException(what + " must be 1 to " + MAX_NAME_CHARS + " characters without control characters");
        }
    }

    /** The form a username is stored and looked up in: Unicode NFKC, stripped, lower case. */
    public static String normaliseUsername(String username) {
        return java.text.Normalizer.normalize(username, java.text.Normalizer.Form.NFKC).strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether {@code value} is an acceptable username or display name. */
    public static boolean isValidName(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_NAME_CHARS
                && value.codePoints().noneMatch(Character::isISOControl);
    }
}
