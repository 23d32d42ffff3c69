package dev.citadel.passkeys;

import java.util.Optional;

/** WebAuthn L3 §5.4.5 AuthenticatorAttachment. */
public enum AuthenticatorAttachment {
    /** Built into the client device (Touch ID, Face ID, Windows Hello, Android). */
    PLATFORM("platform"),
    /** Roaming: a security key or a phone over hybrid transport. */
    CROSS_PLATFORM("cross-platform");

    private final String value;

    AuthenticatorAttachment(String value) {
        this.value = value;
    }

    /** The IDL string. */
    public String value() {
        return value;
    }

    /** The attachment named {@code value}; empty for an unknown value (clients ignore unknown enum values). */
    public static Optional<AuthenticatorAttachment> of(String value) {
        for (AuthenticatorAttachment a : values()) {
            if (a.value.equals(value)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
