package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * WebAuthn L3 §5.4 PublicKeyCredentialCreationOptions, as the relying party sends them; {@link #toJson()} is the
 * §5.1.9 PublicKeyCredentialCreationOptionsJSON that {@code PublicKeyCredential.parseCreationOptionsFromJSON} reads.
 */
public record PublicKeyCredentialCreationOptions(PublicKeyCredentialRpEntity rp, PublicKeyCredentialUserEntity user, Bytes challenge,
        List<CoseAlgorithm> pubKeyCredParams, Duration timeout, List<PublicKeyCredentialDescriptor> excludeCredentials,
        AuthenticatorSelectionCriteria authenticatorSelection, List<String> hints, AttestationConveyancePreference attestation,
        AuthenticationExtensionsClientInputs extensions) {

    public PublicKeyCredentialCreationOptions {
        Objects.requireNonNull(rp, "rp");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(challenge, "challenge");
        pubKeyCredParams = List.copyOf(pubKeyCredParams);
        Objects.requireNonNull(timeout, "timeout");
        excludeCredentials = List.copyOf(excludeCredentials);
        Objects.requireNonNull(authenticatorSelection, "authenticatorSelection");
        hints = List.copyOf(hints);
        Objects.requireNonNull(attestation, "attestation");
        Objects.requireNonNull(extensions, "extensions");
    }

    /** The PublicKeyCredentialCreationOptionsJSON text (binary members base64url). */
    public String toJson() {
        return JsonForms.creationOptions(this);
    }
}
