package dev.citadel.passwords.strength;

/**
 * How the verifier uses the password, which sets the NIST SP 800-63B-4 §3.1.1.2 minimum length.
 */
public enum PasswordUse {
    /** The password alone authenticates: at least 15 characters (SHALL). */
    SINGLE_FACTOR(15),
    /** The password is one factor of multi-factor authentication: at least 8 characters (SHALL). */
    MULTI_FACTOR(8);

    private final int minimumLength;

    PasswordUse(int minimumLength) {
        this.minimumLength = minimumLength;
    }

    /** Minimum length in Unicode code points, after NFKC normalisation. */
    public int minimumLength() {
        return minimumLength;
    }
}
