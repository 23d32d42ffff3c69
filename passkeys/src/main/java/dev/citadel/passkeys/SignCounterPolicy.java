package dev.citadel.passkeys;

/**
 * What a relying party does when the signature counter did not increase (WebAuthn L3 §6.1.1, §7.2 step 24): a
 * possible cloned authenticator. The regression is always reported in {@link VerifiedAuthentication#signCountRegressed()}.
 */
public enum SignCounterPolicy {
    /** Verify and report the regression in the result; the caller decides. The default. */
    FLAG,
    /** Refuse the assertion with {@code SIGN_COUNTER_REGRESSION}. */
    REJECT
}
