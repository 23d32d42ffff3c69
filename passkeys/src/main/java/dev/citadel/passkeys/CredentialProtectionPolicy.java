package dev.citadel.passkeys;

import java.util.Optional;

/** CTAP 2.1 §12.1 credProtect levels, as the WebAuthn {@code credentialProtectionPolicy} extension input names them. */
public enum CredentialProtectionPolicy {
    /** Level 1: the credential is usable without user verification. */
    USER_VERIFICATION_OPTIONAL("userVerificationOptional", 1),
    /** Level 2: without user verification only when the RP names the credential id (not discoverable without UV). */
    USER_VERIFICATION_OPTIONAL_WITH_CREDENTIAL_ID_LIST("userVerificationOptionalWithCredentialIDList", 2),
    /** Level 3: every use requires user verification. */
    USER_VERIFICATION_REQUIRED("userVerificationRequired", 3);

    private final String value;
    private final int level;

    CredentialProtectionPolicy(String value, int level) {
        this.value = value;
        this.level = level;
    }

    /** The extension input string. */
    public String value() {
        return value;
    }

    /** The CTAP level (the authenticator's {@code credProtect} output). */
    public int level() {
        return level;
    }

    /** The policy of CTAP level {@code level}. */
    public static Optional<CredentialProtectionPolicy> ofLevel(long level) {
        for (CredentialProtectionPolicy p : values()) {
            if (p.level == level) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The policy named {@code value}. */
    public static Optional<CredentialProtectionPolicy> of(String value) {
        for (CredentialProtectionPolicy p : values()) {
            if (p.value.equals(value)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
