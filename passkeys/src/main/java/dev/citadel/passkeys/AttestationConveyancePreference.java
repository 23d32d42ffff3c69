package dev.citadel.passkeys;

/** WebAuthn L3 §5.4.7 AttestationConveyancePreference. */
public enum AttestationConveyancePreference {
    /** No attestation wanted (the client may replace the statement with {@code none}). The default. */
    NONE("none"),
    /** An attestation statement, possibly anonymized by the client. */
    INDIRECT("indirect"),
    /** The authenticator's attestation statement as generated. */
    DIRECT("direct"),
    /** Uniquely identifying attestation, for managed deployments. */
    ENTERPRISE("enterprise");

    private final String value;

    AttestationConveyancePreference(String value) {
        this.value = value;
    }

    /** The IDL string. */
    public String value() {
        return value;
    }
}
