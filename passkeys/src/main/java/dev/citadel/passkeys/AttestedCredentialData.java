package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import java.util.Objects;

/**
 * Attested credential data (WebAuthn L3 §6.5.2): the authenticator's AAGUID, the credential id and the
 * credential public key, both as parsed and as the exact COSE bytes the authenticator sent (stored in the
 * credential record).
 */
public record AttestedCredentialData(Bytes aaguid, Bytes credentialId, CoseKey credentialPublicKey, Bytes credentialPublicKeyBytes) {

    public AttestedCredentialData {
        Objects.requireNonNull(aaguid, "aaguid");
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(credentialPublicKey, "credentialPublicKey");
        Objects.requireNonNull(credentialPublicKeyBytes, "credentialPublicKeyBytes");
    }

    /** The AAGUID in its textual UUID form. */
    public String aaguidString() {
        String h = aaguid.hex();
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-" + h.substring(20);
    }
}
