package dev.citadel.server.passkeys;

import dev.citadel.server.storage.JdbcPasskeyAuditLog;
import dev.citadel.server.storage.JdbcPasskeyCeremonyStore;
import dev.citadel.server.storage.JdbcPasskeyCredentialStore;
import dev.citadel.server.storage.JdbcPasskeyUserStore;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the two passkey HTTP services share: stores, ceremonies, sessions, recovery codes, the audit
 * log and the relying party's identity.
 */
public record PasskeyAccounts(String rpId, Ceremonies ceremonies, JdbcPasskeyUserStore users,
        JdbcPasskeyCredentialStore credentials, JdbcPasskeyCeremonyStore pending, RecoveryCodes recoveryCodes,
        JdbcPasskeyAuditLog audit, WebSessions web, AuthenticatorNames names, UnknownUserDecoys decoys, Clock clock) {

    public PasskeyAccounts {
        Objects.requireNonNull(rpId, "rpId");
        Objects.requireNonNull(ceremonies, "ceremonies");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(recoveryCodes, "recoveryCodes");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(web, "web");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(decoys, "decoys");
        Objects.requireNonNull(clock, "clock");
    }

    /** Appends an audit event now. */
    void audit(AuditEventType type, Optional<UserHandle> user, String clientAddress, String detail) {
        audit.append(AuditEvent.of(clock.instant(), type, user, clientAddress, detail));
    }

    /** Stores a started ceremony with its context; a duplicate id (a 128-bit collision) is a server fault. */
    void store(Ceremonies.Started started, CeremonyEnvelope envelope) {
        pending.purgeExpired(clock.instant());
        if (!pending.put(started.ceremonyId(), envelope.encode(), started.expiresAt())) {
            throw new IllegalStateException("ceremony id collision");
        }
    }

    /**
     * Takes the ceremony {@code ceremonyId} (once: it is deleted whatever follows) if it is of one of
     * {@code kinds}; else 400 {@code unknown-ceremony}.
     */
    CeremonyEnvelope take(String ceremonyId, CeremonyEnvelope.Kind... kinds) {
        if (ceremonyId == null || ceremonyId.length() < 16 || ceremonyId.length() > 64) {
            throw unknownCeremony();
        }
        CeremonyEnvelope envelope = pending.take(ceremonyId, clock.instant()).map(CeremonyEnvelope::decode)
                .orElseThrow(PasskeyAccounts::unknownCeremony);
        if (!java.util.List.of(kinds).contains(envelope.kind())) {
            throw unknownCeremony();
        }
        return envelope;
    }

    private static RuntimeException unknownCeremony() {
        return WebSessions.problem(dev.citadel.server.http.ProblemType.BAD_REQUEST, "unknown-ceremony",
                "the ceremony is unknown, was already used, or expired: start again");
    }
}
