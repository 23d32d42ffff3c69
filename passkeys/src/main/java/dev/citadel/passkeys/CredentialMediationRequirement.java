package dev.citadel.passkeys;

/**
 * Credential Management Level 1 §2.3.2 CredentialMediationRequirement: how the page should call
 * {@code navigator.credentials.get}. Not part of the WebAuthn options; the relying party hands it to the page
 * next to them ({@link PublicKeyCredentialRequestOptions#mediation()}).
 */
public enum CredentialMediationRequirement {
    SILENT("silent"),
    OPTIONAL("optional"),
    /** Passkey autofill: the browser offers passkeys in the username field's suggestions (WebAuthn L3 §5.1.4.1). */
    CONDITIONAL("conditional"),
    REQUIRED("required");

    private final String value;

    CredentialMediationRequirement(String value) {
        this.value = value;
    }

    /** The IDL string. */
    public String value() {
        return value;
    }
}
