package dev.citadel.passkeys.attestation;

/** FIDO Metadata Service status of an authenticator (FIDO MDS3 §3.1.4 AuthenticatorStatus). */
public enum AuthenticatorStatus {
    NOT_FIDO_CERTIFIED("NOT_FIDO_CERTIFIED", false),
    FIDO_CERTIFIED("FIDO_CERTIFIED", false),
    /** Malware can bypass user verification: attestation no longer vouches for UV. */
    USER_VERIFICATION_BYPASS("USER_VERIFICATION_BYPASS", true),
    /** The attestation key is compromised (for the {@code certificate} the report names, or all). */
    ATTESTATION_KEY_COMPROMISE("ATTESTATION_KEY_COMPROMISE", true),
    /** Credential keys can be extracted remotely. */
    USER_KEY_REMOTE_COMPROMISE("USER_KEY_REMOTE_COMPROMISE", true),
    /** Credential keys can be extracted with physical access. */
    USER_KEY_PHYSICAL_COMPROMISE("USER_KEY_PHYSICAL_COMPROMISE", true),
    UPDATE_AVAILABLE("UPDATE_AVAILABLE", false),
    /** The FIDO Alliance revoked the authenticator's certification. */
    REVOKED("REVOKED", true),
    SELF_ASSERTION_SUBMITTED("SELF_ASSERTION_SUBMITTED", false),
    FIDO_CERTIFIED_L1("FIDO_CERTIFIED_L1", false),
    FIDO_CERTIFIED_L1_PLUS("FIDO_CERTIFIED_L1plus", false),
    FIDO_CERTIFIED_L2("FIDO_CERTIFIED_L2", false),
    FIDO_CERTIFIED_L2_PLUS("FIDO_CERTIFIED_L2plus", false),
    FIDO_CERTIFIED_L3("FIDO_CERTIFIED_L3", false),
    FIDO_CERTIFIED_L3_PLUS("FIDO_CERTIFIED_L3plus", false),
    /** A status this version does not know; it does not void trust. */
    UNKNOWN("", false);

    private final String mdsName;
    private final boolean voidsTrust;

    AuthenticatorStatus(String mdsName, boolean voidsTrust) {
        this.mdsName = mdsName;
        this.voidsTrust = voidsTrust;
    }

    /** The name as the metadata BLOB spells it. */
    public String mdsName() {
        return mdsName;
    }

    /** Whether an attestation from an authenticator with this status is {@code Untrusted(METADATA_STATUS)}. */
    public boolean voidsTrust() {
        return voidsTrust;
    }

    /** The status the BLOB names, {@link #UNKNOWN} for a name this version does not know. */
    public static AuthenticatorStatus fromMds(String name) {
        for (AuthenticatorStatus s : values()) {
            if (s != UNKNOWN && s.mdsName.equals(name)) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
