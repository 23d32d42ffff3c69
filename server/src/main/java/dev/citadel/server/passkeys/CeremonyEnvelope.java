package dev.citadel.server.passkeys;

import com.fasterxml.jackson.core.JacksonException;
import dev.citadel.encoding.Bytes;
import dev.citadel.server.http.Json;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server stores with a pending ceremony: the library's opaque state plus the server's context (for
 * a sign-up, the account to create; for adding a passkey or a step-up, the session that started it). The
 * context is written by the server and never taken from the client, so a ceremony cannot be re-bound.
 *
 * @param kind        which flow started the ceremony
 * @param pending     the library's encoded pending ceremony
 * @param user        the account (sign-up: to create; add/step-up: the session's; sign-in: the named account when known)
 * @param username    sign-up only: the new account's username
 * @param displayName sign-up only: its display name
 * @param sessionHash add/step-up only: the session that started it
 * @param policy      step-up only: the policy asked for
 */
public record CeremonyEnvelope(Kind kind, String pending, String user, String username, String displayName, String sessionHash,
        String policy) {

    /** The flows. */
    public enum Kind { SIGN_UP, ADD_PASSKEY, SIGN_IN, STEP_UP }

    public CeremonyEnvelope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pending, "pending");
    }

    public Bytes pendingBytes() {
        return Bytes.fromBase64Url(pending);
    }

    public Optional<UserHandle> userHandle() {
        return Optional.ofNullable(user).map(UserHandle::new);
    }

    public byte[] encode() {
        return Json.write(this);
    }

    /** Decodes what {@link #encode()} wrote; an unreadable row is a server fault, not a client's. */
    public static CeremonyEnvelope decode(byte[] stored) {
        try {
            return Json.mapper().readValue(stored, CeremonyEnvelope.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("a stored ceremony does not decode", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
