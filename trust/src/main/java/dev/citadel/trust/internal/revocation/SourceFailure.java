package dev.citadel.trust.internal.revocation;

import dev.citadel.trust.revocation.RevocationStatus;

/**
 * One revocation source failed to give a usable answer. Internal control flow only: the checker turns it
 * into {@link RevocationStatus.Unknown}; it never leaves this package's public methods.
 */
final class SourceFailure extends RuntimeException {

    private final RevocationStatus.Reason reason;

    SourceFailure(RevocationStatus.Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    RevocationStatus.Reason reason() {
        return reason;
    }
}
