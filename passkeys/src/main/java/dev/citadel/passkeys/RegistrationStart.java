package dev.citadel.passkeys;

import java.util.Objects;

/**
 * The start of a registration: the options for the page and the ceremony state the server keeps (single use).
 */
public record RegistrationStart(PublicKeyCredentialCreationOptions options, PendingCeremony pending) {
    public RegistrationStart {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(pending, "pending");
    }
}
