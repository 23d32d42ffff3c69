package dev.citadel.cryptokit;

import java.util.Objects;

/**
 * The one exception family of cryptokit: unchecked, sealed, with a machine-readable {@link Reason}.
 * Failures inside corecrypto arrive here translated; JCA checked exceptions never reach a caller.
 *
 * <pre>{@code
 * try { AES.GCM.open(box, key, aad); }
 * catch (CryptoKitException e) { switch (e.reason()) { case AUTHENTICATION_FAILURE -> …; default -> …; } }
 * }</pre>
 *
 * <p>Messages never contain secret material; authentication failures never say which check failed.
 */
public abstract sealed class CryptoKitException extends RuntimeException
        permits CryptoKitException.AuthenticationFailure, CryptoKitException.InvalidInput, CryptoKitException.Refused {

    private static final long serialVersionUID = 1L;

    /** Why an operation refused. Switch with a {@code default}: new reasons may be added. */
    public enum Reason {
        /** A tag, MAC or decryption did not authenticate (CryptoKit {@code authenticationFailure}). */
        AUTHENTICATION_FAILURE(Kind.AUTHENTICATION),
        /** A signature did not verify. */
        INVALID_SIGNATURE(Kind.AUTHENTICATION),
        /** A key has a length the algorithm does not accept (CryptoKit {@code incorrectKeySize}). */
        INCORRECT_KEY_SIZE(Kind.INPUT),
        /** A nonce, IV, tag, seed or output length is wrong (CryptoKit {@code incorrectParameterSize}). */
        INCORRECT_PARAMETER_SIZE(Kind.INPUT),
        /** A ciphertext or sealed box is truncated or of an impossible length. */
        INVALID_CIPHERTEXT(Kind.INPUT),
        /** Unauthenticated-mode padding is malformed. */
        INVALID_PADDING(Kind.INPUT),
        /** Input is not a whole number of cipher blocks where the mode needs it (Common Crypto alignment). */
        BLOCK_ALIGNMENT(Kind.INPUT),
        /** Malformed bytes: wrong length, bad DER, non-canonical encoding. */
        INVALID_ENCODING(Kind.INPUT),
        /** A well-formed representation was followed by extra bytes. */
        TRAILING_BYTES(Kind.INPUT),
        /** A public point is not on the curve, or is the point at infinity. */
        INVALID_POINT(Kind.INPUT),
        /** A Diffie-Hellman result is all zero: the peer sent a small-order point. */
        SMALL_ORDER(Kind.INPUT),
        /** Key material is well-formed but unusable (out of range, inconsistent, wrong curve). */
        INVALID_KEY(Kind.INPUT),
        /** A PEM document is malformed (armour, base64, or more than one block). */
        INVALID_PEM(Kind.INPUT),
        /** A PEM block carries a label other than the one the type reads. */
        WRONG_PEM_LABEL(Kind.INPUT),
        /** An algorithm, mode or parameter combination cryptokit does not offer. */
        UNSUPPORTED_ALGORITHM(Kind.INPUT),
        /** Any other argument outside the algorithm's domain. */
        INVALID_PARAMETER(Kind.INPUT),
        /** A named limit on size or work was exceeded (see the constant the message names). */
        LIMIT_EXCEEDED(Kind.INPUT),
        /** The key was closed (zeroised) before use. */
        KEY_DESTROYED(Kind.REFUSED),
        /** The private key is not extractable; its external representation is refused. */
        NOT_EXTRACTABLE(Kind.REFUSED),
        /** A context's message counter would wrap (HPKE sequence number). */
        SEQUENCE_OVERFLOW(Kind.REFUSED),
        /** A streaming context was used out of order (after its final call, or in the wrong role). */
        CALL_SEQUENCE(Kind.REFUSED),
        /** corecrypto refused: self-test failure, profile policy, or an internal error. */
        MODULE_ERROR(Kind.REFUSED);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        Kind kind() {
            return kind;
        }
    }

    enum Kind { AUTHENTICATION, INPUT, REFUSED }

    private final Reason reason;

    private CryptoKitException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The exception that carries {@code reason}; {@code message} must not contain secret material. */
    public static CryptoKitException of(Reason reason, String message) {
        return of(reason, message, null);
    }

    /** As {@link #of(Reason, String)}, keeping the lower-level cause (never a secret-bearing one). */
    public static CryptoKitException of(Reason reason, String message, Throwable cause) {
        return switch (reason.kind()) {
            case AUTHENTICATION -> new AuthenticationFailure(reason, message, cause);
            case INPUT -> new InvalidInput(reason, message, cause);
            case REFUSED -> new Refused(reason, message, cause);
        };
    }

    /** The machine-readable reason. */
    public Reason reason() {
        return reason;
    }

    /** The data is not authentic: wrong key, tag, signature, ciphertext or associated data. */
    public static final class AuthenticationFailure extends CryptoKitException {
        private static final long serialVersionUID = 1L;

        AuthenticationFailure(Reason reason, String message, Throwable cause) {
            super(reason, message, cause);
        }
    }

    /** The caller passed something outside the algorithm's domain. */
    public static final class InvalidInput extends CryptoKitException {
        private static final long serialVersionUID = 1L;

        InvalidInput(Reason reason, String message, Throwable cause) {
            super(reason, message, cause);
        }
    }

    /** The operation is refused in this state (destroyed key, non-extractable key, counter exhausted, module error). */
    public static final class Refused extends CryptoKitException {
        private static final long serialVersionUID = 1L;

        Refused(Reason reason, String message, Throwable cause) {
            super(reason, message, cause);
        }
    }
}
