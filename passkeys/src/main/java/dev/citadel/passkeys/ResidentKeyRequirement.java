package dev.citadel.passkeys;

/** WebAuthn L3 §5.4.6 ResidentKeyRequirement: whether the credential should be discoverable. */
public enum ResidentKeyRequirement {
    DISCOURAGED("discouraged"),
    PREFERRED("preferred"),
    REQUIRED("required");

    private final String value;

    ResidentKeyRequirement(String value) {
        this.value = value;
    }

    /** The IDL string. */
    public String value() {
        return value;
    }
}
