package dev.citadel.passkeys;

import java.util.Objects;
import java.util.Optional;

/**
 * WebAuthn L3 §5.4.4 AuthenticatorSelectionCriteria.
 *
 * @param authenticatorAttachment restrict to platform or roaming authenticators, if present
 * @param residentKey whether to create a discoverable credential
 * @param userVerification whether the ceremony requires user verification (enforced at finish)
 */
public record AuthenticatorSelectionCriteria(Optional<AuthenticatorAttachment> authenticatorAttachment,
        ResidentKeyRequirement residentKey, UserVerificationRequirement userVerification) {

    /** Discoverable credential required, user verification required: what a passkey sign-in needs. */
    public static final AuthenticatorSelectionCriteria PASSKEY =
            new AuthenticatorSelectionCriteria(Optional.empty(), ResidentKeyRequirement.REQUIRED, UserVerificationRequirement.REQUIRED);

    public AuthenticatorSelectionCriteria {
        Objects.requireNonNull(authenticatorAttachment, "authenticatorAttachment");
        Objects.requireNonNull(residentKey, "residentKey");
        Objects.requireNonNull(userVerification, "userVerification");
    }

    /** {@code requireResidentKey}, the Level 1 member clients still read. */
    public boolean requireResidentKey() {
        return residentKey == ResidentKeyRequirement.REQUIRED;
    }
}
