package dev.citadel.server.passkeys;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.server.http.Json;
import dev.citadel.server.http.ProblemType;
import java.util.Locale;
import java.util.Optional;

/**
 * Verifies an assertion for sign-in or step-up and applies its result to storage: the one path both take,
 * so a refusal is audited the same way in each.
 */
final class Assertions {

    /** Longest credential id text accepted (base64url of WebAuthn's 1023-byte maximum). */
    static final int MAX_CREDENTIAL_ID_CHARS = 1364;

    /** A verified and applied assertion. */
    record Outcome(UserHandle owner, Bytes credentialId, Ceremonies.Authenticated result) {}

    private final PasskeyAccounts accounts;

    Assertions(PasskeyAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * Verifies {@code credential} against {@code envelope}'s pending ceremony; on success applies the use by
     * compare-and-set. Every refusal is audited as {@code failure} and thrown: 404 {@code unknown-credential},
     * the library's reason, 403 {@code counter-regressed}, or 409 {@code concurrent-use}.
     */
    Outcome verify(CeremonyEnvelope envelope, JsonNode credential, String client, AuditEventType failure) {
        String id = credential.path("id").asText("");
        Optional<Bytes> credentialId = parseId(id);
        Optional<StoredPasskey> stored = credentialId.flatMap(accounts.credentials()::find);
        Optional<UserHandle> named = envelope.userHandle();
        if (stored.isEmpty()) {
            accounts.audit(failure, named, client, "unknown-credential");
            throw PasskeysService.unknownCredential(credentialId.map(Bytes::base64Url).orElse(""), accounts.rpId());
        }
        UserHandle owner = UserHandle.of(stored.get().record().userHandle().toByteArray());
        Optional<UserHandle> auditAs = Optional.of(named.orElse(owner));
        if (envelope.username() != null && named.isEmpty()) { // a username without an account: only decoys were allowed
            accounts.audit(failure, Optional.empty(), client, "credential-not-allowed");
            throw PasskeyException.of(PasskeyException.Reason.CREDENTIAL_NOT_ALLOWED, "the credential is not allowed for this sign-in");
        }
        Ceremonies.Authenticated result;
        try {
            result = accounts.ceremonies().finishAuthentication(envelope.pendingBytes(), Json.writeString(credential),
                    accounts.credentials());
        } catch (PasskeyException e) {
            accounts.audit(failure, auditAs, client, wire(e.reason()));
            throw e;
        }
        if (!result.credentialId().equals(credentialId.get()) || !result.userHandle().equals(stored.get().record().userHandle())
                || named.filter(n -> !Bytes.of(n.bytes()).equals(result.userHandle())).isPresent()) {
            throw new IllegalStateException("the library verified another credential than the response named");
        }
        if (result.counterRegressed()) {
            accounts.audit(failure, auditAs, client, "counter-regressed");
            throw WebSessions.problem(ProblemType.FORBIDDEN, "counter-regressed",
                    "the authenticator's signature counter did not advance: the passkey may have been cloned");
        }
        if (!accounts.credentials().recordUse(credentialId.get(), result.previousSignCount(), result.use())) {
            accounts.audit(failure, auditAs, client, "concurrent-use");
            throw WebSessions.problem(ProblemType.CONFLICT, "concurrent-use",
                    "the passkey was used by another request at the same time; try again");
        }
        return new Outcome(owner, credentialId.get(), result);
    }

    private static Optional<Bytes> parseId(String id) {
        if (id.isEmpty() || id.length() > MAX_CREDENTIAL_ID_CHARS) {
            return Optional.empty();
        }
        try {
            return Optional.of(Bytes.fromBase64Url(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A library reason as it appears on the wire: {@code signature-invalid}. */
    static String wire(PasskeyException.Reason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
