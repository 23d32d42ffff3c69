package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * WebAuthn L3 §5.5 PublicKeyCredentialRequestOptions; {@link #toJson()} is the §5.1.10
 * PublicKeyCredentialRequestOptionsJSON that {@code PublicKeyCredential.parseRequestOptionsFromJSON} reads.
 * {@link #mediation()} is not part of that JSON: the page passes it next to {@code publicKey} in
 * {@code navigator.credentials.get({mediation, publicKey})}.
 */
public record PublicKeyCredentialRequestOptions(Bytes challenge, Duration timeout, String rpId,
        List<PublicKeyCredentialDescriptor> allowCredentials, UserVerificationRequirement userVerification, List<String> hints,
        AuthenticationExtensionsClientInputs extensions, Optional<CredentialMediationRequirement> mediation) {

    public PublicKeyCredentialRequestOptions {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(rpId, "rpId");
        allowCredentials = List.copyOf(allowCredentials);
        Objects.requireNonNull(userVerification, "userVerification");
        hints = List.copyOf(hints);
        Objects.requireNonNull(extensions, "extensions");
        Objects.requireNonNull(mediation, "mediation");
    }

    /** The PublicKeyCredentialRequestOptionsJSON text (binary members base64url). */
    public String toJson() {
        return JsonForms.requestOptions(this);
    }
}
