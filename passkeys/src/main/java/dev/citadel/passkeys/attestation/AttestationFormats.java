package dev.citadel.passkeys.attestation;

import dev.citadel.passkeys.PasskeyException;
import dev.citadel.passkeys.PasskeyException.Reason;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The attestation statement formats Citadel implements, by identifier (WebAuthn L3 §8): {@code none},
 * {@code packed}, {@code tpm}, {@code android-key}, {@code android-safetynet}, {@code fido-u2f},
 * {@code apple} and {@code compound}.
 */
public final class AttestationFormats {

    private static final List<String> IDENTIFIERS = List.of(NoneFormat.FMT, PackedFormat.FMT, TpmFormat.FMT, AndroidKeyFormat.FMT,
            AndroidSafetyNetFormat.FMT, FidoU2fFormat.FMT, AppleFormat.FMT, CompoundFormat.FMT);

    private AttestationFormats() {}

    /** The format for {@code fmt} with the system clock; {@code UNSUPPORTED_ATTESTATION_FORMAT} if Citadel does not implement it. */
    public static AttestationStatementFormat forIdentifier(String fmt) {
        return forIdentifier(fmt, Clock.systemUTC());
    }

    /**
     * The format for {@code fmt}; {@code clock} is what {@code android-safetynet} checks the response's
     * timestamp against (and what {@code compound} passes on).
     */
    public static AttestationStatementFormat forIdentifier(String fmt, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return switch (fmt) {
            case NoneFormat.FMT -> new NoneFormat();
            case PackedFormat.FMT -> new PackedFormat();
            case TpmFormat.FMT -> new TpmFormat();
            case AndroidKeyFormat.FMT -> new AndroidKeyFormat();
            case AndroidSafetyNetFormat.FMT -> new AndroidSafetyNetFormat(clock);
            case FidoU2fFormat.FMT -> new FidoU2fFormat();
            case AppleFormat.FMT -> new AppleFormat();
            case CompoundFormat.FMT -> new CompoundFormat(clock);
            case null, default -> throw PasskeyException.of(Reason.UNSUPPORTED_ATTESTATION_FORMAT, "attestation format " + fmt + " is not implemented");
        };
    }

    /** Every implemented identifier. */
    public static List<String> identifiers() {
        return IDENTIFIERS;
    }
}
