package dev.citadel.server.passkeys;

import java.util.Locale;

/** The security events the passkey service records in its audit log. Wire names are kebab-case. */
public enum AuditEventType {
    SIGN_UP,
    SIGN_IN,
    SIGN_IN_FAILED,
    PASSKEY_ADDED,
    PASSKEY_RENAMED,
    PASSKEY_REVOKED,
    RECOVERY_CODES_GENERATED,
    RECOVERY_CODE_USED,
    RECOVERY_CODE_REJECTED,
    STEP_UP,
    STEP_UP_FAILED,
    SIGN_OUT;

    /** The name stored and shown: {@code sign-in-failed}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AuditEventType fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
