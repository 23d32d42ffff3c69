package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An authentication whose every §7.2 step passed. Only {@link RelyingParty} creates one.
 *
 * <p><b>Updates are results:</b> nothing was written. The caller applies {@link #credentialUse()} with
 * {@link CredentialStore#recordUse}{@code (credentialId(), previousSignCount(), credentialUse())} — a compare-and-set
 * on the counter — and treats {@code false} (another assertion moved the counter first) as a failed sign-in.
 */
public final class VerifiedAuthentication {

    private final CredentialRecord credential;
    private final AuthenticatorFlags flags;
    private final long newSignCount;
    private final boolean signCountRegressed;
    private final BackupStateTransition backupStateTransition;
    private final boolean uvInitialized;
    private final AuthenticationExtensionsClientOutputs clientExtensionResults;
    private final AuthenticatorExtensionOutputs authenticatorExtensions;
    private final Optional<AuthenticatorAttachment> authenticatorAttachment;
    private final boolean appidUsed;
    private final Instant verifiedAt;

    VerifiedAuthentication(CredentialRecord credential, AuthenticatorFlags flags, long newSignCount, boolean signCountRegressed,
            BackupStateTransition backupStateTransition, boolean uvInitialized, AuthenticationExtensionsClientOutputs clientExtensionResults,
            AuthenticatorExtensionOutputs authenticatorExtensions, Optional<AuthenticatorAttachment> authenticatorAttachment,
            boolean appidUsed, Instant verifiedAt) {
        this.credential = Objects.requireNonNull(credential);
        this.flags = Objects.requireNonNull(flags);
        this.newSignCount = newSignCount;
        this.signCountRegressed = signCountRegressed;
        this.backupStateTransition = Objects.requireNonNull(backupStateTransition);
        this.uvInitialized = uvInitialized;
        this.clientExtensionResults = Objects.requireNonNull(clientExtensionResults);
        this.authenticatorExtensions = Objects.requireNonNull(authenticatorExtensions);
        this.authenticatorAttachment = Objects.requireNonNull(authenticatorAttachment);
        this.appidUsed = appidUsed;
        this.verifiedAt = Objects.requireNonNull(verifiedAt);
    }

    /** The credential used. */
    public Bytes credentialId() {
        return credential.id();
    }

    /** The user the credential belongs to (the account that signed in). */
    public Bytes userHandle() {
        return credential.userHandle();
    }

    /** The credential record as it was stored before this assertion. */
    public CredentialRecord credential() {
        return credential;
    }

    /** The stored counter this assertion was checked against: the compare-and-set's expected value. */
    public long previousSignCount() {
        return credential.signCount();
    }

    /** The authenticator's counter in this assertion. */
    public long newSignCount() {
        return newSignCount;
    }

    /**
     * True when the counter did not increase although the authenticator keeps one (§6.1.1): a sign of a cloned
     * authenticator. Always false for authenticators that keep no counter (both values zero).
     */
    public boolean signCountRegressed() {
        return signCountRegressed;
    }

    /** UP, UV, BE, BS of this assertion. */
    public AuthenticatorFlags flags() {
        return flags;
    }

    /** Whether the user was verified in this assertion. */
    public boolean userVerified() {
        return flags.userVerified();
    }

    /** Whether the credential is backed up now (BS). */
    public boolean backedUp() {
        return flags.backedUp();
    }

    /** How BS changed since the record was stored. */
    public BackupStateTransition backupStateTransition() {
        return backupStateTransition;
    }

    /** The record's uvInitialized after this assertion (§7.2 step 26; once true, stays true). */
    public boolean uvInitialized() {
        return uvInitialized;
    }

    /** Client extension outputs, checked against the request: PRF results, largeBlob, appid. */
    public AuthenticationExtensionsClientOutputs clientExtensionResults() {
        return clientExtensionResults;
    }

    /** Authenticator extension outputs in the assertion's authenticator data. */
    public AuthenticatorExtensionOutputs authenticatorExtensions() {
        return authenticatorExtensions;
    }

    /** The PRF results, when the client evaluated the PRF (secrets: hand them on, do not keep them). */
    public Optional<AuthenticationExtensionsClientInputs.PrfValues> prfResults() {
        return clientExtensionResults.prf().flatMap(AuthenticationExtensionsClientOutputs.PrfOutputs::results);
    }

    /** The attachment the client reported, if any. */
    public Optional<AuthenticatorAttachment> authenticatorAttachment() {
        return authenticatorAttachment;
    }

    /** True when the authenticator scoped the credential to the appid extension's AppID, not the RP ID (§10.1.1). */
    public boolean appidUsed() {
        return appidUsed;
    }

    /** When the assertion was verified (the relying party's clock). */
    public Instant verifiedAt() {
        return verifiedAt;
    }

    /** The update to store (§7.2 step 26), for {@link CredentialStore#recordUse}. */
    public CredentialUse credentialUse() {
        return new CredentialUse(newSignCount, flags.backedUp(), uvInitialized, verifiedAt);
    }

    @Override
    public String toString() {
        return "VerifiedAuthentication[" + credential.id().base64Url() + ", " + flags + ", signCount " + newSignCount
                + (signCountRegressed ? " (regressed)" : "") + "]";
    }
}
