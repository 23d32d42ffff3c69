package dev.citadel.attest.devicecheck;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The one exception family of DeviceCheck: unchecked, sealed, with a machine-readable {@link Reason}. The
 * client throws it for every refusal Apple (or a compatible service) answers and for every transport or
 * protocol failure; {@link CitadelDeviceCheck} throws it for every request it refuses, with the reason its
 * HTTP adapter turns into Apple's status and text.
 *
 * <pre>{@code
 * try { client.updateTwoBits(token, BitUpdate.bit0(true)); }
 * catch (DeviceCheckException e) { switch (e.reason()) { case BAD_DEVICE_TOKEN -> …; default -> …; } }
 * }</pre>
 *
 * <p>Messages never contain a device token, an authorization token or key material.
 */
public abstract sealed class DeviceCheckException extends RuntimeException
        permits DeviceCheckException.Refused, DeviceCheckException.Unavailable, DeviceCheckException.ProtocolViolation {

    private static final long serialVersionUID = 1L;

    /** Why a DeviceCheck operation failed. Switch with a {@code default}: new reasons may be added. */
    public enum Reason {
        /** 400 "Missing or incorrectly formatted device token payload" (also: expired, or another team's). */
        BAD_DEVICE_TOKEN(Kind.REFUSED),
        /** 400 "Missing or incorrectly formatted bits". */
        BAD_BITS(Kind.REFUSED),
        /** 400 "Missing or incorrectly formatted time stamp". */
        BAD_TIMESTAMP(Kind.REFUSED),
        /** 400: the body is not the documented JSON object (or the transaction id is missing or malformed). */
        BAD_PAYLOAD(Kind.REFUSED),
        /** 400 "Missing or badly formatted authorization token". */
        BAD_AUTHORIZATION_TOKEN(Kind.REFUSED),
        /** 401 "Unable to verify authorization token": signature, key, issuer or issue time refused. */
        UNVERIFIED_AUTHORIZATION_TOKEN(Kind.REFUSED),
        /** 403: the action is not allowed for this key. */
        FORBIDDEN(Kind.REFUSED),
        /** Refused before sending: an argument the API would refuse (empty token, no bits, bad team id). */
        INVALID_ARGUMENT(Kind.REFUSED),
        /** A key (a {@code .p8} file, a registered public key) is unreadable or not an EC P-256 key. */
        INVALID_KEY(Kind.REFUSED),
        /** Device tokens were requested for a team with no registered key. */
        UNKNOWN_TEAM(Kind.REFUSED),
        /** This team already registered a key with this key id. */
        KEY_ALREADY_REGISTERED(Kind.REFUSED),
        /** 429: too many requests in a short time; retry later. */
        RATE_LIMITED(Kind.UNAVAILABLE),
        /** 5xx: the service failed or is unavailable; retry later. */
        SERVER_ERROR(Kind.UNAVAILABLE),
        /** The request could not be sent or the response not read (I/O error, timeout). */
        TRANSPORT(Kind.UNAVAILABLE),
        /** A status or body Apple does not document (or a body over the size limit). */
        UNEXPECTED_RESPONSE(Kind.PROTOCOL);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }
    }

    private enum Kind { REFUSED, UNAVAILABLE, PROTOCOL }

    private final Reason reason;
    private final int status;

    private DeviceCheckException(Reason reason, int status, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.status = status;
    }

    /** The exception for {@code reason}; {@code message} must not contain tokens or keys. */
    public static DeviceCheckException of(Reason reason, String message) {
        return create(reason, 0, message, null);
    }

    /** As {@link #of(Reason, String)}, keeping the lower-level cause. */
    public static DeviceCheckException of(Reason reason, String message, Throwable cause) {
        return create(reason, 0, message, cause);
    }

    /** The exception for an HTTP answer with {@code status}. */
    public static DeviceCheckException answered(Reason reason, int status, String message) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        return create(reason, status, message, null);
    }

    private static DeviceCheckException create(Reason reason, int status, String message, Throwable cause) {
        return switch (reason.kind) {
            case REFUSED -> new Refused(reason, status, message, cause);
            case UNAVAILABLE -> new Unavailable(reason, status, message, cause);
            case PROTOCOL -> new ProtocolViolation(reason, status, message, cause);
        };
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status the service answered, if the failure is an answer (client side). */
    public OptionalInt httpStatus() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** The request was refused: retrying it unchanged fails again. */
    public static final class Refused extends DeviceCheckException {
        private static final long serialVersionUID = 1L;

        private Refused(Reason reason, int status, String message, Throwable cause) {
            super(reason, status, message, cause);
        }
    }

    /** The service could not answer now: the same request may succeed later. */
    public static final class Unavailable extends DeviceCheckException {
        private static final long serialVersionUID = 1L;

        private Unavailable(Reason reason, int status, String message, Throwable cause) {
            super(reason, status, message, cause);
        }
    }

    /** The service answered outside Apple's documented protocol. */
    public static final class ProtocolViolation extends DeviceCheckException {
        private static final long serialVersionUID = 1L;

        private ProtocolViolation(Reason reason, int status, String message, Throwable cause) {
            super(reason, status, message, cause);
        }
    }
}
