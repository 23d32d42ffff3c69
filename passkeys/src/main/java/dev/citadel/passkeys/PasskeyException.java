package dev.citadel.passkeys;

import java.util.Objects;

/**
 * The one exception family of passkeys: unchecked, sealed, with a machine-readable {@link Reason}. Every
 * failure of parsing, of a ceremony step and of attestation arrives as one of its kinds.
 *
 * <pre>{@code
 * try { rp.finishAuthentication(pending, json, store); }
 * catch (PasskeyException e) { switch (e.reason()) { case UNKNOWN_CREDENTIAL -> …; default -> …; } }
 * }</pre>
 *
 * <p>Messages never contain key material or secrets; they may contain public identifiers (credential ids,
 * origins, RP IDs).
 */
public abstract sealed class PasskeyException extends RuntimeException
        permits PasskeyException.Malformed, PasskeyException.Rejected, PasskeyException.Unsupported {

    private static final long serialVersionUID = 1L;

    /** Why a ceremony refused. Switch with a {@code default}: new reasons may be added. */
    public enum Reason {
        // ---- the input does not parse ----
        /** Not well-formed or not strict CBOR (the message names the CBOR reason). */
        MALFORMED_CBOR(Kind.MALFORMED),
        /** Bytes follow a complete structure (CBOR item, authenticator data). */
        TRAILING_BYTES(Kind.MALFORMED),
        /** A named limit on size, depth or count was exceeded (the message names the constant). */
        LIMIT_EXCEEDED(Kind.MALFORMED),
        /** Authenticator data is truncated or its flags contradict its contents (§6.1). */
        MALFORMED_AUTHENTICATOR_DATA(Kind.MALFORMED),
        /** The credential public key is not a well-formed COSE_Key of its key type (§6.5.1.1, RFC 9052 §7). */
        MALFORMED_PUBLIC_KEY(Kind.MALFORMED),
        /** The attestation object is not {fmt, attStmt, authData} of the right types (§6.5). */
        MALFORMED_ATTESTATION_OBJECT(Kind.MALFORMED),
        /** The attestation statement lacks a member, has an extra one, or a member has the wrong type. */
        MALFORMED_ATTESTATION_STATEMENT(Kind.MALFORMED),
        /** An attestation certificate does not parse or lacks a required field. */
        MALFORMED_CERTIFICATE(Kind.MALFORMED),
        /** clientDataJSON is not UTF-8 JSON of the §5.8.1 shape. */
        MALFORMED_CLIENT_DATA(Kind.MALFORMED),
        /** The response JSON is not a RegistrationResponseJSON / AuthenticationResponseJSON (§5.1.8). */
        MALFORMED_RESPONSE(Kind.MALFORMED),
        /** A pending ceremony's encoded state does not decode. */
        MALFORMED_CEREMONY_STATE(Kind.MALFORMED),
        /** A relying party's related-origins document ({@code /.well-known/webauthn}) is not of the §5.11 shape. */
        MALFORMED_RELATED_ORIGINS(Kind.MALFORMED),

        // ---- a ceremony step failed ----
        /** The response's credential type is not {@code public-key}. */
        WRONG_CREDENTIAL_TYPE(Kind.REJECTED),
        /** clientData.type is not {@code webauthn.create} / {@code webauthn.get} as the ceremony needs. */
        WRONG_CEREMONY_TYPE(Kind.REJECTED),
        /** clientData.challenge is not the ceremony's challenge. */
        CHALLENGE_MISMATCH(Kind.REJECTED),
        /** The pending ceremony has expired. */
        CEREMONY_EXPIRED(Kind.REJECTED),
        /** clientData.origin is not an origin the relying party accepts. */
        ORIGIN_MISMATCH(Kind.REJECTED),
        /** clientData.crossOrigin / topOrigin is not allowed by the relying party. */
        CROSS_ORIGIN_NOT_ALLOWED(Kind.REJECTED),
        /** rpIdHash is not SHA-256 of the RP ID (or of the appid when that extension applies). */
        RP_ID_MISMATCH(Kind.REJECTED),
        /** The UP flag is clear where user presence is required. */
        USER_NOT_PRESENT(Kind.REJECTED),
        /** The UV flag is clear where user verification is required. */
        USER_NOT_VERIFIED(Kind.REJECTED),
        /** BS is set while BE is clear (§6.1 flags). */
        INCONSISTENT_BACKUP_FLAGS(Kind.REJECTED),
        /** The credential's algorithm is not one the relying party's options allowed. */
        ALGORITHM_NOT_ALLOWED(Kind.REJECTED),
        /** The credential id is already registered. */
        CREDENTIAL_ALREADY_REGISTERED(Kind.REJECTED),
        /** No credential is stored under the response's credential id. */
        UNKNOWN_CREDENTIAL(Kind.REJECTED),
        /** The credential is not in allowCredentials, or does not belong to the user being authenticated. */
        CREDENTIAL_NOT_ALLOWED(Kind.REJECTED),
        /** The response's userHandle is not the credential's user handle. */
        USER_HANDLE_MISMATCH(Kind.REJECTED),
        /** A discoverable (usernameless) assertion carries no userHandle (§7.2 step 6). */
        USER_HANDLE_MISSING(Kind.REJECTED),
        /** The signature counter did not increase and the relying party's policy rejects that (§7.2 step 24). */
        SIGN_COUNTER_REGRESSION(Kind.REJECTED),
        /** BE differs from the credential record's backupEligible, which never changes (§7.2 step 19). */
        BACKUP_ELIGIBILITY_CHANGED(Kind.REJECTED),
        /** The pending ceremony is of the other kind, or was started by a relying party with another RP ID. */
        CEREMONY_MISMATCH(Kind.REJECTED),
        /** The request or extension inputs contradict the specification (e.g. PRF evalByCredential without allowCredentials). */
        INVALID_REQUEST(Kind.REJECTED),
        /** Local authentication: no authentication satisfying the policy within the allowable reuse duration. */
        STEP_UP_REQUIRED(Kind.REJECTED),
        /** Local authentication: the biometrics policy needs a platform authenticator, and another one was used. */
        PLATFORM_AUTHENTICATOR_REQUIRED(Kind.REJECTED),
        /** Local authentication: a biometryCurrentSet binding no longer opens because a credential was added or removed. */
        CREDENTIAL_SET_CHANGED(Kind.REJECTED),
        /** The assertion or attestation signature does not verify. */
        SIGNATURE_INVALID(Kind.REJECTED),
        /** An extension output is present that was not requested, or is malformed for its extension. */
        EXTENSION_INVALID(Kind.REJECTED),
        /** The attestation statement does not verify under its format's rules (the message names the step). */
        ATTESTATION_INVALID(Kind.REJECTED),
        /** The attestation is not trusted and the relying party requires trusted attestation. */
        ATTESTATION_NOT_TRUSTED(Kind.REJECTED),
        /**
         * A FIDO metadata BLOB does not parse, or its JWT signature or certificate chain does not verify
         * against the configured metadata root.
         */
        METADATA_INVALID(Kind.REJECTED),
        /** A FIDO metadata BLOB is past its {@code nextUpdate} date. */
        METADATA_STALE(Kind.REJECTED),
        /** A FIDO metadata BLOB's serial number {@code no} is not above the one already loaded (rollback). */
        METADATA_ROLLBACK(Kind.REJECTED),

        // ---- unsupported ----
        /** A COSE algorithm the relying party does not implement. */
        UNSUPPORTED_ALGORITHM(Kind.UNSUPPORTED),
        /** An attestation statement format the relying party does not implement. */
        UNSUPPORTED_ATTESTATION_FORMAT(Kind.UNSUPPORTED);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        Kind kind() {
            return kind;
        }
    }

    enum Kind { MALFORMED, REJECTED, UNSUPPORTED }

    private final Reason reason;

    private PasskeyException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The exception that carries {@code reason}. */
    public static PasskeyException of(Reason reason, String message) {
        return of(reason, message, null);
    }

    /** As {@link #of(Reason, String)}, keeping the lower-level cause. */
    public static PasskeyException of(Reason reason, String message, Throwable cause) {
        return switch (reason.kind()) {
            case MALFORMED -> new Malformed(reason, message, cause);
            case REJECTED -> new Rejected(reason, message, cause);
            case UNSUPPORTED -> new Unsupported(reason, message, cause);
        };
    }

    /** The machine-readable reason. */
    public Reason reason() {
        return reason;
    }

    /** The input does not parse as the specified structure. */
    public static final class Malformed extends PasskeyException {
        private static final long serialVersionUID = 1L;

        Malformed(Reason reason, String message, Throwable cause) {
            super(reason, message, cause);
        }
    }

    /** The input parses but a ceremony step failed. */
    public static final class Rejected extends PasskeyException {
        private static final long serialVersionUID = 1L;

        Rejected(Reason reason, String message, Throwable cause) {
            super(reason, message, cause);
        }
    }

    /** An algorithm or format the relying party does not implement. */
    public static final class Unsupported extends PasskeyException {
        private static final long serialVersionUID = 1L;

        Unsupported(Reason reason, String message, Throwable cause) {
            super(reason, message, cause);
        }
    }
}
