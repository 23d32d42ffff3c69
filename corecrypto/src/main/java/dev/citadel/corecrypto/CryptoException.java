package dev.citadel.corecrypto;

import java.util.Objects;

/**
 * The one exception family of corecrypto, symmetric and public-key alike. Every failure a caller can
 * cause or observe is one of these, carrying a machine-readable {@link Reason}; JCA checked exceptions
 * never escape the module. The {@link Reason#category() category} of the reason fixes the concrete type:
 * {@link AuthenticationFailedException} (data not authentic: bad tag, bad signature),
 * {@link InvalidInputException} (the caller's input is outside the algorithm's domain) and
 * {@link ModuleErrorException} (the module refuses: error state, not approved, failed pairwise test, bug).
 *
 * <pre>{@code
 * try { Aead.AES_GCM.open(key, box, aad); }
 * catch (CryptoException e) { switch (e.reason()) { case AUTHENTICATION_FAILED -> …; default -> …; } }
 * }</pre>
 *
 * <p>Messages never contain secret material, and authentication failures never say which check failed.
 */
public abstract sealed class CryptoException extends RuntimeException
        permits AuthenticationFailedException, InvalidInputException, ModuleErrorException {

    private static final long serialVersionUID = 1L;

    /**
     * Why an operation refused. The set is open to new reasons (new primitives add theirs); switch over
     * it with a {@code default} branch. Each reason belongs to one {@link Category}, which decides the
     * concrete exception type.
     */
    public enum Reason {
        /** A tag, MAC or key-wrap integrity check did not verify. No plaintext is released. */
        AUTHENTICATION_FAILED(Category.AUTHENTICATION),
        /** The key has a length the algorithm does not accept. */
        INVALID_KEY_SIZE(Category.INPUT),
        /** The key was closed (zeroised) before use. */
        KEY_DESTROYED(Category.INPUT),
        /** The nonce or IV has a length the algorithm does not accept. */
        INVALID_NONCE(Category.INPUT),
        /** The requested tag length is not one the algorithm allows. */
        INVALID_TAG_SIZE(Category.INPUT),
        /** The ciphertext is malformed: truncated, or of a length no encryption can produce. */
        INVALID_CIPHERTEXT(Category.INPUT),
        /** The decrypted padding is malformed (unauthenticated modes only). */
        INVALID_PADDING(Category.INPUT),
        /** Another argument is outside the algorithm's domain. */
        INVALID_INPUT(Category.INPUT),
        /** The requested output length is outside the algorithm's domain. */
        INVALID_OUTPUT_LENGTH(Category.INPUT),
        /** A named limit on work or size (see the constant it names) was exceeded. */
        LIMIT_EXCEEDED(Category.INPUT),
        /** A signature does not verify (ECDSA, EdDSA, RSA, ML-DSA). Says nothing about which check failed. */
        INVALID_SIGNATURE(Category.AUTHENTICATION),
        /** A point is not on the curve, is the point at infinity, or has a coordinate ≥ p. */
        INVALID_POINT(Category.INPUT),
        /** A Diffie-Hellman result is all zero: the peer sent a small-order point. */
        SMALL_ORDER(Category.INPUT),
        /** Malformed bytes: bad DER, wrong length, non-minimal or non-canonical encoding. */
        INVALID_ENCODING(Category.INPUT),
        /** A well-formed structure was followed by extra bytes. */
        TRAILING_BYTES(Category.INPUT),
        /** Key material is well-formed but unusable (out of range, inconsistent, too small). */
        INVALID_KEY(Category.INPUT),
        /** Parameters (curve, hash, key size, context length) that Citadel does not offer. */
        UNSUPPORTED_PARAMETERS(Category.INPUT),
        /**
         * A freshly generated key pair failed its pairwise consistency test (FIPS 140-3 IG 10.3.A): the key
         * is discarded and the module enters the error state (later calls see {@link #SELF_TEST_FAILED}).
         */
        PAIRWISE_CONSISTENCY_FAILED(Category.MODULE),
        /** The DRBG's continuous health test on its entropy input failed (SP 800-90B §4.4): error state. */
        ENTROPY_SOURCE_FAILED(Category.MODULE),
        /** The algorithm or parameter is not allowed by the active profile. */
        NOT_APPROVED(Category.MODULE),
        /** The module is in the error state after a failed self-test; every service refuses. */
        SELF_TEST_FAILED(Category.MODULE),
        /** A "can't happen" path: a broken runtime or a bug in corecrypto. */
        INTERNAL_ERROR(Category.MODULE);

        private final Category category;

        Reason(Category category) {
            this.category = category;
        }

        public Category category() {
            return category;
        }
    }

    /** Which concrete exception type carries a reason. */
    public enum Category {
        /** {@link AuthenticationFailedException}: the data is not authentic. */
        AUTHENTICATION,
        /** {@link InvalidInputException}: the caller passed something outside the algorithm's domain. */
        INPUT,
        /** {@link ModuleErrorException}: the module refuses (error state, policy) or is broken. */
        MODULE
    }

    private final Reason reason;

    CryptoException(Reason reason, Category expected, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        if (reason.category() != expected) {
            throw new IllegalArgumentException(reason + " is not a " + expected + " reason");
        }
    }

    /** The machine-readable reason. */
    public Reason reason() {
        return reason;
    }
}
