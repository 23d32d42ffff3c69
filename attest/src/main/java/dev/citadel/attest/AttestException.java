package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import java.util.Objects;

/**
 * The one exception family of App Attest: unchecked, sealed, with a machine-readable {@link Reason}.
 * Every failure of parsing, verification, chain validation and the receipt refresh service arrives as
 * one of its four kinds.
 *
 * <pre>{@code
 * try { verifier.verify(keyId, object, hash); }
 * catch (AttestException e) { switch (e.reason()) { case NONCE_MISMATCH -> …; default -> …; } }
 * }</pre>
 *
 * <p>Messages never contain key material; they may contain public identifiers (key ids, app ids).
 */
public abstract sealed class AttestException extends RuntimeException
        permits AttestException.Malformed, AttestException.Rejected, AttestException.Untrusted,
        AttestException.ServiceFailure {

    private static final long serialVersionUID = 1L;

    /** Why App Attest refused. Switch with a {@code default}: new reasons may be added. */
    public enum Reason {
        // ---- the input does not parse ----
        /** Not well-formed CBOR: truncated, reserved encodings, invalid UTF-8, unsupported major type. */
        MALFORMED_CBOR(Kind.MALFORMED),
        /** CBOR that is well-formed but not in the strict form App Attest uses (non-minimal integer or length). */
        NON_CANONICAL_CBOR(Kind.MALFORMED),
        /** A CBOR map repeats a key. */
        DUPLICATE_KEY(Kind.MALFORMED),
        /** An indefinite-length CBOR item, where only definite lengths are allowed. */
        INDEFINITE_LENGTH(Kind.MALFORMED),
        /** Bytes follow a complete object. */
        TRAILING_BYTES(Kind.MALFORMED),
        /** A named limit on size, depth or count was exceeded (the message names the constant). */
        LIMIT_EXCEEDED(Kind.MALFORMED),
        /** Not well-formed BER/DER (truncated, bad length, bad tag) or not the expected ASN.1 structure. */
        MALFORMED_ASN1(Kind.MALFORMED),
        /** The attestation object lacks a field, has an extra one, or a field has the wrong type. */
        MALFORMED_ATTESTATION(Kind.MALFORMED),
        /** The attestation statement format is not {@code apple-appattest}. */
        UNSUPPORTED_FORMAT(Kind.MALFORMED),
        /** The assertion object lacks a field, has an extra one, or a field has the wrong type. */
        MALFORMED_ASSERTION(Kind.MALFORMED),
        /** Authenticator data is truncated, has inconsistent flags, or a bad credential public key. */
        MALFORMED_AUTHENTICATOR_DATA(Kind.MALFORMED),
        /** The authenticator-data extensions map is not a map of the documented shapes. */
        MALFORMED_EXTENSIONS(Kind.MALFORMED),
        /** A certificate lacks a field App Attest needs (such as the nonce extension) or is not parseable. */
        MALFORMED_CERTIFICATE(Kind.MALFORMED),
        /** A receipt is not a CMS SignedData of the documented shape, or a payload field is malformed. */
        MALFORMED_RECEIPT(Kind.MALFORMED),
        /** A key or signature algorithm other than ECDSA P-256 with SHA-256. */
        UNSUPPORTED_ALGORITHM(Kind.MALFORMED),

        // ---- a check failed ----
        /** The credential certificate's nonce is not SHA-256(authData ‖ clientDataHash) (attestation step 2–4). */
        NONCE_MISMATCH(Kind.REJECTED),
        /** SHA-256 of the credential public key is not the key identifier (step 5). */
        KEY_ID_MISMATCH(Kind.REJECTED),
        /** The RP ID hash is not SHA-256 of the App ID (step 6, assertion step 4). */
        RP_ID_MISMATCH(Kind.REJECTED),
        /** An attestation's sign counter is not 0 (step 7). */
        COUNTER_NOT_ZERO(Kind.REJECTED),
        /** The AAGUID or receipt environment is not the configured environment (step 8). */
        ENVIRONMENT_MISMATCH(Kind.REJECTED),
        /** The AAGUID is neither {@code appattestdevelop} nor {@code appattest} followed by seven zero bytes. */
        UNKNOWN_AAGUID(Kind.REJECTED),
        /** The credential id is not the key identifier (step 9). */
        CREDENTIAL_ID_MISMATCH(Kind.REJECTED),
        /** The credential public key in authData is not the credential certificate's key. */
        CREDENTIAL_KEY_MISMATCH(Kind.REJECTED),
        /** The launch validation category is missing where required, or not one the policy allows. */
        VALIDATION_CATEGORY_NOT_ALLOWED(Kind.REJECTED),
        /** The bundle version is missing where required, or not one the policy allows. */
        BUNDLE_VERSION_NOT_ALLOWED(Kind.REJECTED),
        /** An assertion's or receipt's signature does not verify. */
        SIGNATURE_INVALID(Kind.REJECTED),
        /** An assertion's counter is not strictly greater than the stored one (replay or regression). */
        COUNTER_NOT_INCREASED(Kind.REJECTED),
        /** The client data does not carry the expected challenge. */
        CHALLENGE_MISMATCH(Kind.REJECTED),
        /** No attested key is stored under the key identifier. */
        UNKNOWN_KEY(Kind.REJECTED),
        /** The stored counter kept changing under concurrent assertions (bounded retries exhausted). */
        COUNTER_CONTENTION(Kind.REJECTED),
        /** A receipt's App ID is not the configured one. */
        RECEIPT_APP_ID_MISMATCH(Kind.REJECTED),
        /** A receipt's attested certificate does not carry the expected public key. */
        RECEIPT_KEY_MISMATCH(Kind.REJECTED),
        /** A receipt embedded in an attestation is not of type ATTEST, or its clientDataHash differs. */
        RECEIPT_MISMATCH(Kind.REJECTED),
        /** A receipt's creation time is older than the accepted age, or in the future. */
        RECEIPT_STALE(Kind.REJECTED),

        // ---- trust ----
        /** A certificate of the chain is not valid yet at the validation instant. */
        CERTIFICATE_NOT_YET_VALID(Kind.UNTRUSTED),
        /** A certificate of the chain has expired at the validation instant. */
        CERTIFICATE_EXPIRED(Kind.UNTRUSTED),
        /** The chain does not lead to the pinned root, or one of its signatures does not verify. */
        CHAIN_UNTRUSTED(Kind.UNTRUSTED),
        /** The chain violates path-validation rules (CA flags, key usage, path length, malformed certificate). */
        CHAIN_INVALID(Kind.UNTRUSTED),
        /** A configured root file is not the certificate whose SHA-256 fingerprint is pinned. */
        ROOT_FINGERPRINT_MISMATCH(Kind.UNTRUSTED),

        // ---- Apple's receipt service ----
        /** 400 "Incorrect Environment": a development receipt sent to production, or the reverse. */
        REFRESH_WRONG_ENVIRONMENT(Kind.SERVICE),
        /** 400: missing or badly formatted payload. */
        REFRESH_BAD_PAYLOAD(Kind.SERVICE),
        /** 401: the JWT cannot be verified or does not match the receipt. */
        REFRESH_UNAUTHORIZED(Kind.SERVICE),
        /** 404: no data for the receipt. */
        REFRESH_NO_DATA(Kind.SERVICE),
        /** 429: too many requests. */
        REFRESH_RATE_LIMITED(Kind.SERVICE),
        /** 5xx: Apple's service failed or is unavailable. */
        REFRESH_UNAVAILABLE(Kind.SERVICE),
        /** Any other status, or a 200 whose body is not a base64 receipt, or an I/O failure. */
        REFRESH_UNEXPECTED_RESPONSE(Kind.SERVICE);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        Kind kind() {
            return kind;
        }
    }

    enum Kind { MALFORMED, REJECTED, UNTRUSTED, SERVICE }

    private final Reason reason;

    private AttestException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The exception that carries {@code reason}. */
    public static AttestException of(Reason reason, String message) {
        return of(reason, message, null);
    }

    /** As {@link #of(Reason, String)}, keeping the lower-level cause. */
    public static AttestException of(Reason reason, String message, Throwable cause) {
        return switch (reason.kind()) {
            case MALFORMED -> new Malformed(reason, message, cause);
            case REJECTED -> new Rejected(reason, message, cause);
            case UNTRUSTED -> new Untrusted(reason, message, cause);
            case SERVICE -> new ServiceFailure(reason, message, cause);
        };
    }

    /** The machine-readable reason. */
    public Reason reason() {
        return reason;
    }

    /** The input does not parse as the documented structure. */
    public static final class Malformed extends AttestException {
        private static final long serialVersionUID = 1L;

        Malformed(Reason reason, String message, Throwable cause) {
            super(reason, message, cause);
        }
    }

    /** The input parses but a verification step failed. */
    public static final class Rejected extends AttestException {
        private static final long serialVersionUID = 1L;

        Rejected(Reason reason, String message, Throwable cause) {
            super(reason, message, cause);
        }
    }

    /** A certificate chain or a configured root is not trusted. */
    public static final class Untrusted extends AttestException {
        private static final long serialVersionUID = 1L;

        Untrusted(Reason reason, String message, Throwable cause) {
            super(reason, message, cause);
        }
    }

    /** Apple's receipt service refused or failed. */
    public static final class ServiceFailure extends AttestException {
        private static final long serialVersionUID = 1L;

        ServiceFailure(Reason reason, String message, Throwable cause) {
            super(reason, message, cause);
        }
    }
}
