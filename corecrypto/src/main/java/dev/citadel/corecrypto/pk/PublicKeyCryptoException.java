package dev.citadel.corecrypto.pk;

/**
 * The one exception family of Citadel's public-key primitives (ECDSA, ECDH, EdDSA, XDH, RSA, ML-KEM,
 * ML-DSA). Unchecked and sealed; branch on {@link #reason()}.
 *
 * <p>{@link InputRejectedException}: the caller's input (a key, point, signature or ciphertext) was
 * refused. {@link SelfCheckFailedException}: the module refused its own output (a failed pairwise
 * consistency test), which means a fault, not hostile input.
 */
public abstract sealed class PublicKeyCryptoException extends RuntimeException
        permits InputRejectedException, SelfCheckFailedException {

    private static final long serialVersionUID = 1L;

    /** Why an operation was refused. Machine-readable; messages are for humans. */
    public enum Reason {
        /** A point is not on the curve, is the point at infinity, or has a coordinate ≥ p. */
        INVALID_POINT,
        /** A Diffie-Hellman result is all zero: the peer sent a small-order point. */
        SMALL_ORDER,
        /** Malformed bytes: bad DER, wrong length, non-minimal or non-canonical encoding. */
        INVALID_ENCODING,
        /** A well-formed structure was followed by extra bytes. */
        TRAILING_BYTES,
        /** A signature does not verify. */
        INVALID_SIGNATURE,
        /** Key material is well-formed but unusable (out of range, inconsistent, too small). */
        INVALID_KEY,
        /** A ciphertext failed to decrypt or decapsulate. */
        INVALID_CIPHERTEXT,
        /** Parameters (curve, hash, key size, context length) that Citadel does not offer. */
        UNSUPPORTED_PARAMETERS,
        /** A freshly generated key pair failed its pairwise consistency test. */
        PAIRWISE_CONSISTENCY_FAILED
    }

    private final Reason reason;

    PublicKeyCryptoException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
