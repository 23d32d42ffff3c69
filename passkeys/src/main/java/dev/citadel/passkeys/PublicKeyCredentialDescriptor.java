package dev.citadel.passkeys;

import dev.citadel.encoding.Bytes;
import java.util.List;
import java.util.Objects;

/**
 * WebAuthn L3 §5.8.3 PublicKeyCredentialDescriptor: a credential named in allowCredentials or
 * excludeCredentials (its type is always {@code public-key}).
 *
 * @param id the credential id
 * @param transports hints (§5.8.4 AuthenticatorTransport values: usb, nfc, ble, smart-card, hybrid, internal)
 */
public record PublicKeyCredentialDescriptor(Bytes id, List<String> transports) {

    public PublicKeyCredentialDescriptor {
        Objects.requireNonNull(id, "id");
        transports = List.copyOf(transports);
        if (id.isEmpty() || id.size() > AuthenticatorData.MAX_CREDENTIAL_ID_LENGTH) {
            throw new IllegalArgumentException("a credential id is 1.." + AuthenticatorData.MAX_CREDENTIAL_ID_LENGTH + " bytes");
        }
    }

    /** The descriptor of a stored credential, with its transports. */
    public static PublicKeyCredentialDescriptor of(CredentialRecord record) {
        return new PublicKeyCredentialDescriptor(record.id(), record.transports());
    }
}
