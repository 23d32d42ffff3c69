package dev.citadel.passkeys.attestation;

import dev.citadel.encoding.cbor.CborValue.CborMap;
import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import java.util.List;

/** The {@code none} format (WebAuthn L3 §8.7): the statement is an empty map. */
final class NoneFormat implements AttestationStatementFormat {

    static final String FMT = "none";

    @Override
    public String identifier() {
        return FMT;
    }

    @Override
    public VerifiedStatement verify(AttestationInput input) {
        if (!(input.attStmt() instanceof CborMap m) || !m.entries().isEmpty()) {
            throw PasskeyException.of(Reason.MALFORMED_ATTESTATION_STATEMENT, "a none statement is an empty map");
        }
        return new VerifiedStatement("none", AttestationType.NONE, List.of());
    }
}
