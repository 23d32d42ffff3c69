package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import dev.citadel.passkeys.attestation.AttestationVerdict;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A registration whose every §7.1 step passed. Only {@link RelyingParty} creates one. The caller stores
 * {@link #credential()} with {@link CredentialStore#create} (which refuses a credential id already registered, §7.1
 * step 26) and applies its attestation policy to {@link #attestation()}.
 */
public final class VerifiedRegistration {

    private final CredentialRecord credential;
    private final AttestationVerdict attestation;
    private final String fmt;
    private final Bytes aaguid;
    private final CoseAlgorithm algorithm;
    private final AuthenticatorFlags flags;
    private final AuthenticationExtensionsClientOutputs clientExtensionResults;
    private final AuthenticatorExtensionOutputs authenticatorExtensions;
    private final Optional<AuthenticatorAttachment> authenticatorAttachment;
    private final Instant verifiedAt;

    VerifiedRegistration(CredentialRecord credential, AttestationVerdict attestation, String fmt, Bytes aaguid, CoseAlgorithm algorithm,
            AuthenticatorFlags flags, AuthenticationExtensionsClientOutputs clientExtensionResults,
            AuthenticatorExtensionOutputs authenticatorExtensions, Optional<AuthenticatorAttachment> authenticatorAttachment, Instant verifiedAt) {
        this.credential = Objects.requireNonNull(credential);
        this.attestation = Objects.requireNonNull(attestation);
        this.fmt = Objects.requireNonNull(fmt);
        this.aaguid = Objects.requireNonNull(aaguid);
        this.algorithm = Objects.requireNonNull(algorithm);
        this.flags = Objects.requireNonNull(flags);
        this.clientExtensionResults = Objects.requireNonNull(clientExtensionResults);
        this.authenticatorExtensions = Objects.requireNonNull(authenticatorExtensions);
        this.authenticatorAttachment = Objects.requireNonNull(authenticatorAttachment);
        this.verifiedAt = Objects.requireNonNull(verifiedAt);
    }

    /** The credential record to store (§7.1 step 27). */
    public CredentialRecord credential() {
        return credential;
    }

    /** The attestation verdict (§7.1 steps 22–24). */
    public AttestationVerdict attestation() {
        return attestation;
    }

    /** The attestation statement format identifier. */
    public String fmt() {
        return fmt;
    }

    /** The authenticator's AAGUID (all zero for {@code none} from many clients). */
    public Bytes aaguid() {
        return aaguid;
    }

    /** The credential's algorithm. */
    public CoseAlgorithm algorithm() {
        return algorithm;
    }

    /** The authenticator data flags. */
    public AuthenticatorFlags flags() {
        return flags;
    }

    /** Client extension outputs, checked against the request. */
    public AuthenticationExtensionsClientOutputs clientExtensionResults() {
        return clientExtensionResults;
    }

    /** Authenticator extension outputs (credProtect, minPinLength, hmac-secret). */
    public AuthenticatorExtensionOutputs authenticatorExtensions() {
        return authenticatorExtensions;
    }

    /** The attachment the client reported, if any. */
    public Optional<AuthenticatorAttachment> authenticatorAttachment() {
        return authenticatorAttachment;
    }

    /** Whether the credential is discoverable, when the client reported it (credProps {@code rk}). */
    public Optional<Boolean> discoverable() {
        return clientExtensionResults.credProps().flatMap(AuthenticationExtensionsClientOutputs.CredentialPropertiesOutput::rk);
    }

    /** When the registration was verified (the relying party's clock). */
    public Instant verifiedAt() {
        return verifiedAt;
    }

    @Override
    public String toString() {
        return "VerifiedRegistration[" + credential.id().base64Url() + ", " + fmt + ", " + algorithm + ", " + attestation.getClass().getSimpleName() + "]";
    }
}
