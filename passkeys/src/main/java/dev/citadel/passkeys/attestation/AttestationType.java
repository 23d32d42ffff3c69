package dev.citadel.passkeys.attestation;

/** Attestation types (WebAuthn L3 §6.5.4). */
public enum AttestationType {
    /** Basic attestation: a batch key certified by the vendor. */
    BASIC,
    /** Self attestation: signed by the credential private key itself. */
    SELF,
    /** Attestation CA (privacy CA), as TPM attestation uses. */
    ATTCA,
    /** Anonymization CA: a per-credential certificate from the vendor's CA (Apple). */
    ANONCA,
    /** No attestation statement ({@code none}). */
    NONE,
    /** Several statements of other formats together ({@code compound}, §8.9); see the statement's components. */
    COMPOUND
}
