package dev.citadel.passkeys.attestation;

/**
 * One attestation statement format (WebAuthn L3 §8): verifies a statement's syntax and signature and reports
 * its type and trust path. Trust in the path is judged separately by {@link AttestationTrust}.
 */
public interface AttestationStatementFormat {

    /** The format identifier ({@code packed}, {@code tpm}, …). */
    String identifier();

    /**
     * Runs the format's verification procedure; throws {@code PasskeyException} with
     * {@code MALFORMED_ATTESTATION_STATEMENT}, {@code ATTESTATION_INVALID} or {@code SIGNATURE_INVALID}.
     */
    VerifiedStatement verify(AttestationInput input);
}
