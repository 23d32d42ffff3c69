package dev.citadel.server.passkeys;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the audit log.
 *
 * @param id            increasing sequence number (0 before it is stored)
 * @param at            when it happened
 * @param type          what happened
 * @param user          whose account, when one is known (a failed sign-in with an unknown credential has none)
 * @param clientAddress the peer address the request came from
 * @param detail        short, non-secret detail (a passkey's id, a failure reason); never a secret or a code
 */
public record AuditEvent(long id, Instant at, AuditEventType type, Optional<UserHandle> user, String clientAddress,
        String detail) {

    /** Longest detail stored; longer text is cut. */
    public static final int MAX_DETAIL_CHARS = 256;

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(detail, "detail");
        if (detail.length() > MAX_DETAIL_CHARS) {
            detail = detail.substring(0, MAX_DETAIL_CHARS);
        }
    }

    /** An event not yet stored. */
    public static AuditEvent of(Instant at, AuditEventType type, Optional<UserHandle> user, String clientAddress, String detail) {
        return new AuditEvent(0, at, type, user, clientAddress, detail);
    }
}
