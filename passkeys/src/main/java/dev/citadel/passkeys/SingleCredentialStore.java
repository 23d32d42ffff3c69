package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import java.util.List;
import java.util.Optional;

/** {@link CredentialStore#of}: one credential, read-only. */
record SingleCredentialStore(CredentialRecord record) implements CredentialStore {

    @Override
    public Optional<CredentialRecord> findById(Bytes credentialId) {
        return record.id().equals(credentialId) ? Optional.of(record) : Optional.empty();
    }

    @Override
    public List<CredentialRecord> findByUser(Bytes userHandle) {
        return record.userHandle().equals(userHandle) ? List.of(record) : List.of();
    }

    @Override
    public void create(CredentialRecord r) {
        throw new UnsupportedOperationException("a single-credential store is read-only");
    }

    @Override
    public boolean recordUse(Bytes credentialId, long expectedSignCount, CredentialUse use) {
        return false;
    }
}
