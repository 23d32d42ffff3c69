package dev.citadel.passkeys;

import java.util.List;
import java.util.Objects;

/**
 * What the caller asks of a registration ceremony: the user account, what kind of authenticator, which existing
 * credentials to exclude, extensions and hints. The relying party adds the rest (RP, challenge, algorithms,
 * attestation preference) from its configuration.
 *
 * @param user the account the credential is created for
 * @param authenticatorSelection §5.4.4 criteria; {@code userVerification} is enforced at finish
 * @param excludeCredentials the user's existing credentials, so one authenticator does not register twice (§5.4.1)
 * @param extensions registration extension inputs
 * @param hints §5.8.7 PublicKeyCredentialHint values ({@code security-key}, {@code client-device}, {@code hybrid})
 */
public record RegistrationRequest(PublicKeyCredentialUserEntity user, AuthenticatorSelectionCriteria authenticatorSelection,
        List<PublicKeyCredentialDescriptor> excludeCredentials, AuthenticationExtensionsClientInputs extensions, List<String> hints) {

    public RegistrationRequest {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(authenticatorSelection, "authenticatorSelection");
        excludeCredentials = List.copyOf(excludeCredentials);
        Objects.requireNonNull(extensions, "extensions");
        hints = List.copyOf(hints);
    }

    /** A passkey for {@code user}: discoverable, user verification required, no extensions. */
    public static RegistrationRequest of(PublicKeyCredentialUserEntity user) {
        return new RegistrationRequest(user, AuthenticatorSelectionCriteria.PASSKEY, List.of(), AuthenticationExtensionsClientInputs.NONE, List.of());
    }

    public RegistrationRequest withAuthenticatorSelection(AuthenticatorSelectionCriteria value) {
        return new RegistrationRequest(user, value, excludeCredentials, extensions, hints);
    }

    public RegistrationRequest withExcludeCredentials(List<PublicKeyCredentialDescriptor> value) {
        return new RegistrationRequest(user, authenticatorSelection, value, extensions, hints);
    }

    public RegistrationRequest withExtensions(AuthenticationExtensionsClientInputs value) {
        return new RegistrationRequest(user, authenticatorSelection, excludeCredentials, value, hints);
    }

    public RegistrationRequest withHints(List<String> value) {
        return new RegistrationRequest(user, authenticatorSelection, excludeCredentials, extensions, value);
    }
}
