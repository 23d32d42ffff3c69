package dev.citadel.passkeys;

/** How BS changed between the credential record and this assertion (WebAuthn L3 §6.1.3). */
public enum BackupStateTransition {
    /** BS is what the record says. */
    UNCHANGED,
    /** The credential is now backed up (e.g. synced to a cloud keychain). */
    BACKED_UP,
    /** The credential is no longer backed up. */
    NO_LONGER_BACKED_UP
}
