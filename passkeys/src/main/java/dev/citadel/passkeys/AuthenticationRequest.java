package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the caller asks of an authentication ceremony.
 *
 * <p>Two shapes: a <em>named user</em> ({@link #forUser}) — the credential used must belong to that user (§7.2
 * step 6), and allowCredentials usually lists the user's credentials — or a <em>discoverable</em> (usernameless)
 * ceremony ({@link #discoverable}, {@link #conditional}) — allowCredentials is empty, the authenticator picks a
 * discoverable credential, and the response must carry the user handle the credential was registered to.
 *
 * @param userHandle the user being authenticated, when the caller already knows who it is
 * @param allowCredentials the acceptable credentials (empty = any discoverable credential)
 * @param userVerification enforced at finish when {@code REQUIRED}
 * @param mediation how the page should call {@code navigator.credentials.get} ({@code conditional} for passkey autofill)
 * @param extensions authentication extension inputs
 * @param hints §5.8.7 PublicKeyCredentialHint values
 */
public record AuthenticationRequest(Optional<Bytes> userHandle, List<PublicKeyCredentialDescriptor> allowCredentials,
        UserVerificationRequirement userVerification, Optional<CredentialMediationRequirement> mediation,
        AuthenticationExtensionsClientInputs extensions, List<String> hints) {

    public AuthenticationRequest {
        Objects.requireNonNull(userHandle, "userHandle");
        allowCredentials = List.copyOf(allowCredentials);
        Objects.requireNonNull(userVerification, "userVerification");
        Objects.requireNonNull(mediation, "mediation");
        Objects.requireNonNull(extensions, "extensions");
        hints = List.copyOf(hints);
    }

    /** A usernameless ceremony: any discoverable credential; the response names the user. UV required. */
    public static AuthenticationRequest discoverable() {
        return new AuthenticationRequest(Optional.empty(), List.of(), UserVerificationRequirement.REQUIRED, Optional.empty(),
                AuthenticationExtensionsClientInputs.NONE, List.of());
    }

    /** A usernameless ceremony for passkey autofill ({@code mediation: "conditional"}). UV required. */
    public static AuthenticationRequest conditional() {
        return discoverable().withMediation(CredentialMediationRequirement.CONDITIONAL);
    }

    /** A ceremony for the user {@code userHandle} with these credentials allowed. UV required. */
    public static AuthenticationRequest forUser(Bytes userHandle, List<CredentialRecord> credentials) {
        for (CredentialRecord r : credentials) {
            if (!r.userHandle().equals(userHandle)) {
                throw new IllegalArgumentException("credential " + r.id().base64Url() + " belongs to another user");
            }
        }
        return new AuthenticationRequest(Optional.of(userHandle), credentials.stream().map(PublicKeyCredentialDescriptor::of).toList(),
                UserVerificationRequirement.REQUIRED, Optional.empty(), AuthenticationExtensionsClientInputs.NONE, List.of());
    }

    public AuthenticationRequest withUserVerification(UserVerificationRequirement value) {
        return new AuthenticationRequest(userHandle, allowCredentials, value, mediation, extensions, hints);
    }

    public AuthenticationRequest withMediation(CredentialMediationRequirement value) {
        return new AuthenticationRequest(userHandle, allowCredentials, userVerification, Optional.of(value), extensions, hints);
    }

    public AuthenticationRequest withExtensions(AuthenticationExtensionsClientInputs value) {
        return new AuthenticationRequest(userHandle, allowCredentials, userVerification, mediation, value, hints);
    }

    public AuthenticationRequest withAllowCredentials(List<PublicKeyCredentialDescriptor> value) {
        return new AuthenticationRequest(userHandle, value, userVerification, mediation, extensions, hints);
    }

    public AuthenticationRequest withHints(List<String> value) {
        return new AuthenticationRequest(userHandle, allowCredentials, userVerification, mediation, extensions, value);
    }
}
