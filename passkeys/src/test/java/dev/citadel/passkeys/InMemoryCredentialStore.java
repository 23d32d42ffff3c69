package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A CredentialStore in memory with the SPI's atomicity (create never overwrites; recordUse is a compare-and-set). */
final class InMemoryCredentialStore implements CredentialStore {

    private final Map<Bytes, CredentialRecord> records = new LinkedHashMap<>();

    @Override
    public synchronized Optional<CredentialRecord> findById(Bytes credentialId) {
        return Optional.ofNullable(records.get(credentialId));
    }

    @Override
    public synchronized List<CredentialRecord> findByUser(Bytes userHandle) {
        return new ArrayList<>(records.values().stream().filter(r -> r.userHandle().equals(userHandle)).toList());
    }

    @Override
    public synchronized void create(CredentialRecord record) {
        if (records.putIfAbsent(record.id(), record) != null) {
            throw PasskeyException.of(PasskeyException.Reason.CREDENTIAL_ALREADY_REGISTERED, "credential id taken");
        }
    }

    @Override
    public synchronized boolean recordUse(Bytes credentialId, long expectedSignCount, CredentialUse use) {
        CredentialRecord r = records.get(credentialId);
        if (r == null || r.signCount() != expectedSignCount) {
            return false;
        }
        records.put(credentialId, new CredentialRecord(r.id(), r.userHandle(), r.publicKey(), use.newSignCount(), r.transports(),
                use.uvInitialized(), r.backupEligible(), use.backupState(), r.attestationObject(), r.attestationClientDataJson()));
        return true;
    }

    synchronized void remove(Bytes credentialId) {
        records.remove(credentialId);
    }
}
