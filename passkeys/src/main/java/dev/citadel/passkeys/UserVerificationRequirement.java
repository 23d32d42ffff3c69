package dev.citadel.passkeys;

/** WebAuthn L3 §5.8.6 UserVerificationRequirement. */
public enum UserVerificationRequirement {
    /** The ceremony fails unless the UV flag is set. */
    REQUIRED("required"),
    /** Ask for user verification; accept its absence. The default. */
    PREFERRED("preferred"),
    /** Do not ask for user verification. */
    DISCOURAGED("discouraged");

    private final String value;

    UserVerificationRequirement(String value) {
        this.value = value;
    }

    /** The IDL string. */
    public String value() {
        return value;
    }
}
