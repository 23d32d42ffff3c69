package dev.citadel.passkeys;

import java.util.Objects;

/**
 * The start of an authentication: the options for the page and the ceremony state the server keeps (single use).
 */
public record AuthenticationStart(PublicKeyCredentialRequestOptions options, PendingCeremony pending) {
    public AuthenticationStart {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(pending, "pending");
    }
}
