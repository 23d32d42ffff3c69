package dev.citadel.passkeys.attestation;

import dev.citadel.trust.Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A statement whose format-specific checks passed (§6.5.3 "verification procedure" output): the attestation
 * type and the trust path, still to be judged by an {@link AttestationTrust}.
 *
 * @param fmt the format identifier
 * @param type the attestation type the statement proved
 * @param trustPath the attestation certificate first, as sent ({@code x5c}); empty for self and none
 * @param components for {@code compound} (§8.9): each verified statement; empty for every other format
 */
public record VerifiedStatement(String fmt, AttestationType type, List<Certificate> trustPath, List<VerifiedStatement> components) {

    public VerifiedStatement {
        Objects.requireNonNull(fmt, "fmt");
        Objects.requireNonNull(type, "type");
        trustPath = List.copyOf(trustPath);
        components = List.copyOf(components);
    }

    /** A statement of a single (non-compound) format. */
    public VerifiedStatement(String fmt, AttestationType type, List<Certificate> trustPath) {
        this(fmt, type, trustPath, List.of());
    }
}
