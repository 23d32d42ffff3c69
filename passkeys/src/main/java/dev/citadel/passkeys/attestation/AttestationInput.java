package dev.citadel.passkeys.attestation;

import dev.citadel.encoding.Bytes;
import dev.citadel.encoding.cbor.CborValue;
import dev.citadel.passkeys.AuthenticatorData;
import java.util.Objects;

/**
 * What an attestation statement format verifies (WebAuthn L3 §6.5.3 verification procedure inputs).
 *
 * @param fmt the attestation statement format identifier
 * @param attStmt the attestation statement: a map for every format but {@code compound}, whose statement is
 *     an array (§8.9); each format checks the shape it needs
 * @param authData the parsed authenticator data (its {@code raw()} is what the statement signs)
 * @param clientDataHash SHA-256 of clientDataJSON
 */
public record AttestationInput(String fmt, CborValue attStmt, AuthenticatorData authData, Bytes clientDataHash) {

    public AttestationInput {
        Objects.requireNonNull(fmt, "fmt");
        Objects.requireNonNull(attStmt, "attStmt");
        Objects.requireNonNull(authData, "authData");
        Objects.requireNonNull(clientDataHash, "clientDataHash");
        if (authData.attestedCredentialData().isEmpty()) {
            throw new IllegalArgumentException("registration authenticator data carries attested credential data");
        }
    }
}
