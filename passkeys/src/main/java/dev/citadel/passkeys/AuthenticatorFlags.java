package dev.citadel.passkeys;

/**
 * The flags byte of authenticator data (WebAuthn L3 §6.1): bit 0 UP, 2 UV, 3 BE, 4 BS, 6 AT, 7 ED.
 * Bits 1 and 5 are reserved for future use and ignored, as §6.1 requires.
 */
public record AuthenticatorFlags(int value) {

    public static final int UP = 0x01;
    public static final int UV = 0x04;
    public static final int BE = 0x08;
    public static final int BS = 0x10;
    public static final int AT = 0x40;
    public static final int ED = 0x80;

    public AuthenticatorFlags {
        if (value < 0 || value > 0xff) {
            throw new IllegalArgumentException("flags is one byte: " + value);
        }
    }

    /** User present. */
    public boolean userPresent() {
        return (value & UP) != 0;
    }

    /** User verified. */
    public boolean userVerified() {
        return (value & UV) != 0;
    }

    /** Backup eligible: the credential may be backed up (a multi-device credential). */
    public boolean backupEligible() {
        return (value & BE) != 0;
    }

    /** Backup state: the credential is backed up now. */
    public boolean backedUp() {
        return (value & BS) != 0;
    }

    /** Attested credential data included. */
    public boolean attestedCredentialData() {
        return (value & AT) != 0;
    }

    /** Extension data included. */
    public boolean extensionData() {
        return (value & ED) != 0;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("AuthenticatorFlags[");
        if (userPresent()) b.append("UP ");
        if (userVerified()) b.append("UV ");
        if (backupEligible()) b.append("BE ");
        if (backedUp()) b.append("BS ");
        if (attestedCredentialData()) b.append("AT ");
        if (extensionData()) b.append("ED ");
        return b.toString().strip() + "]";
    }
}
