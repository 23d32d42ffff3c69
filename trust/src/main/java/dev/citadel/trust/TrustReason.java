package dev.citadel.trust;

/**
 * Why a certificate, a chain or a trust-store entry was not accepted. Every problem in a {@link TrustResult}
 * and every {@link TrustException} carries one of these; {@link #fatal()} says whether SecTrust would call
 * the failure recoverable (a user could reasonably override it, as with an expired certificate or a host
 * name mismatch) or fatal.
 */
public enum TrustReason {
    // ---- encoding (Certificate.parse and extension decoding)
    /** Not a well-formed X.509 certificate (structure, tags, lengths, absurd sizes). */
    MALFORMED_CERTIFICATE(true),
    /** Bytes after the certificate's outer SEQUENCE. */
    TRAILING_BYTES(true),
    /** BER where DER is required: indefinite or non-minimal lengths, non-canonical values. */
    NON_DER_ENCODING(true),
    /** An extension whose value does not decode, or that RFC 5280 forbids in this form. */
    MALFORMED_EXTENSION(true),
    /** The same extension twice (RFC 5280 §4.2). */
    DUPLICATE_EXTENSION(true),
    /** Not an X.509 v3 certificate (CA/Browser Forum BR §7.1.1). */
    UNSUPPORTED_VERSION(true),
    /** Serial number zero, negative or longer than 20 octets (RFC 5280 §4.1.2.2). */
    INVALID_SERIAL_NUMBER(true),
    /** The outer signatureAlgorithm differs from the TBS signature field (RFC 5280 §4.1.1.2). */
    SIGNATURE_ALGORITHM_MISMATCH(true),
    /** An empty issuer, or an empty subject on a CA (RFC 5280 §4.1.2.4, §4.1.2.6). */
    EMPTY_NAME(true),

    // ---- keys and signatures
    /** The signature does not verify under the issuer's key. */
    INVALID_SIGNATURE(true),
    /** MD5/SHA-1 signatures, DSA keys. */
    WEAK_ALGORITHM(true),
    /** RSA below 2048 bits or not a multiple of 8 bits. */
    WEAK_KEY(true),
    /** A key type, curve or encoding Citadel does not accept (P-192, explicit curves, …). */
    UNSUPPORTED_KEY(true),
    /** A signature algorithm Citadel does not verify, or malformed algorithm parameters. */
    UNSUPPORTED_ALGORITHM(true),

    // ---- validity and path
    /** Past notAfter at the evaluation time. */
    EXPIRED(false),
    /** Before notBefore at the evaluation time. */
    NOT_YET_VALID(false),
    /** No path from the leaf to a trust anchor could be built. */
    ISSUER_NOT_FOUND(false),
    /** An issuer that is not a CA: no basicConstraints, cA false, or basicConstraints not critical. */
    NOT_A_CA(true),
    /** Key usage forbids the use (a CA without keyCertSign; an end entity with keyCertSign, …). */
    KEY_USAGE(true),
    /** Extended key usage of the leaf, or of an issuer constraining it, does not allow the policy. */
    EXTENDED_KEY_USAGE(true),
    /** A CA's pathLenConstraint is exceeded. */
    PATH_LENGTH_EXCEEDED(true),
    /** More intermediates than the evaluation allows. */
    CHAIN_TOO_LONG(true),
    /** A name below a CA lies outside its permitted subtrees or inside its excluded ones. */
    NAME_CONSTRAINT_VIOLATION(true),
    /** A nameConstraints extension that is malformed or not allowed here. */
    INVALID_NAME_CONSTRAINTS(true),
    /** A critical extension Citadel does not process. */
    UNKNOWN_CRITICAL_EXTENSION(true),
    /** An extension with the wrong criticality (critical AKI/SKI/AIA, non-critical policyConstraints, …). */
    EXTENSION_CRITICALITY(true),
    /** A required subject or authority key identifier is missing or inconsistent. */
    KEY_IDENTIFIER(true),
    /** A CA certificate in the end-entity position where the policy forbids it. */
    END_ENTITY_IS_CA(true),

    // ---- identity and policy
    /** No subjectAltName of the leaf matches the expected host name or IP address (RFC 9525). */
    HOST_NAME_MISMATCH(false),
    /** No rfc822Name of the leaf matches the expected e-mail address. */
    EMAIL_MISMATCH(false),
    /** A subjectAltName that is missing where required or holds a malformed name. */
    INVALID_SUBJECT_ALT_NAME(true),
    /** The leaf's subject common name is not a copy of one of its subjectAltNames (BR §7.1.4.3). */
    COMMON_NAME_NOT_IN_SAN(true),
    /** A marker extension the policy requires is missing. */
    MISSING_MARKER_EXTENSION(true),
    /** The trust anchor's own constraints do not allow this policy or name. */
    ANCHOR_CONSTRAINT(true),

    // ---- revocation (the revocation step reports these)
    /** A certificate of the chain is revoked. */
    REVOKED(true),
    /** Revocation status could not be established and the revocation policy requires it. */
    REVOCATION_UNKNOWN(false),

    // ---- Certificate Transparency
    /** SCTs that are malformed or do not satisfy the CT policy (the CT exception names the exact cause). */
    CERTIFICATE_TRANSPARENCY(true),

    // ---- work budgets and input limits
    /** A work budget (signature checks, name-constraint comparisons, path-building steps) ran out. */
    BUDGET_EXHAUSTED(true),
    /** More candidate intermediates than the evaluator accepts. */
    TOO_MANY_INTERMEDIATES(true),

    // ---- trust stores
    /** A PEM file or directory that could not be read or holds no certificate. */
    TRUST_STORE_UNREADABLE(true),
    /** A pinned root whose SHA-256 fingerprint differs from the configured one. */
    FINGERPRINT_MISMATCH(true);

    private final boolean fatal;

    TrustReason(boolean fatal) {
        this.fatal = fatal;
    }

    /** Whether SecTrust would report this as a fatal (not user-overridable) trust failure. */
    public boolean fatal() {
        return fatal;
    }
}
