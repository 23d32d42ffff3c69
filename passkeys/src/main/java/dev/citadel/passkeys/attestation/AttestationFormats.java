package dev.citadel.passkeys.attestation;

import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The attestation statement formats Citadel implements, by identifier. */
public final class AttestationFormats {

    private static final List<AttestationStatementFormat> ALL = List.of(new NoneFormat(), new PackedFormat(), new FidoU2fFormat());

    private static final Map<String, AttestationStatementFormat> BY_ID =
            ALL.stream().collect(Collectors.toUnmodifiableMap(AttestationStatementFormat::identifier, Function.identity()));

    private AttestationFormats() {}

    /** The format for {@code fmt}; {@code UNSUPPORTED_ATTESTATION_FORMAT} if Citadel does not implement it. */
    public static AttestationStatementFormat forIdentifier(String fmt) {
        AttestationStatementFormat f = BY_ID.get(fmt);
        if (f == null) {
            throw PasskeyException.of(Reason.UNSUPPORTED_ATTESTATION_FORMAT, "attestation format " + fmt + " is not implemented");
        }
        return f;
    }

    /** Every implemented identifier. */
    public static List<String> identifiers() {
        return ALL.stream().map(AttestationStatementFormat::identifier).toList();
    }
}
