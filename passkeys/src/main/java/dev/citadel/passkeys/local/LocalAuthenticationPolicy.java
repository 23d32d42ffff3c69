package dev.citadel.passkeys.local;

import java.util.Optional;

/**
 * The policies of Apple's {@code LAPolicy}, evaluated on the server over passkey assertions.
 */
public enum LocalAuthenticationPolicy {
    /**
     * {@code deviceOwnerAuthenticationWithBiometrics}: a fresh assertion with user verification (UV) from a
     * <em>platform</em> authenticator — the device's own Face ID, Touch ID, Windows Hello or Android biometrics
     * (WebAuthn cannot tell a biometric from a device PIN; UV on a platform authenticator is the closest signal).
     */
    DEVICE_OWNER_AUTHENTICATION_WITH_BIOMETRICS("deviceOwnerAuthenticationWithBiometrics"),
    /**
     * {@code deviceOwnerAuthentication}: an assertion with user verification from any authenticator, or — when
     * the application enables it — the fallback the application configures (e.g. a recovery code it checked).
     */
    DEVICE_OWNER_AUTHENTICATION("deviceOwnerAuthentication");

    private final String value;

    LocalAuthenticationPolicy(String value) {
        this.value = value;
    }

    /** The name as Apple's API spells it. */
    public String value() {
        return value;
    }

    /** The policy named {@code value}. */
    public static Optional<LocalAuthenticationPolicy> of(String value) {
        for (LocalAuthenticationPolicy p : values()) {
            if (p.value.equals(value)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
