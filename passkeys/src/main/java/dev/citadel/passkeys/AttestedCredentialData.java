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
        return aaguidText(aaguid);
    }

    /** A 16-byte AAGUID in its textual UUID form ({@code ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4}), as FIDO metadata writes it. */
    public static String aaguidText(Bytes aaguid) {
        if (aaguid.size() != 16) {
            throw new IllegalArgumentException("an AAGUID is 16 bytes, not " + aaguid.size());
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(aaguid.toByteArray());
        return new java.util.UUID(b.getLong(), b.getLong()).toString();
    }
}
