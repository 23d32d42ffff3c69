package dev.citadel.passkeys;

import java.time.Instant;

/**
 * The changes a verified authentication asks the caller to store (§7.2 step 25: "update credentialRecord"):
 * a result, not a mutation — the caller applies it with {@link CredentialStore#recordUse}.
 *
 * @param newSignCount the authenticator's counter in this assertion
 * @param backupState BS in this assertion
 * @param uvInitialized the record's uvInitialized after this assertion (once true, stays true)
 * @param usedAt when the assertion was verified
 */
public record CredentialUse(long newSignCount, boolean backupState, boolean uvInitialized, Instant usedAt) {}
