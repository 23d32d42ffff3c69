package dev.citadel.passkeys.attestation;

import java.util.Objects;

/**
 * How far a registration's attestation can be trusted (WebAuthn L3 §7.1 steps 22–24): a sealed result the
 * relying party's policy switches on.
 */
public sealed interface AttestationVerdict {

    /** The statement verified and its trust path leads to a configured anchor or a metadata entry's root. */
    record Trusted(VerifiedStatement statement, String authenticatorDescription) implements AttestationVerdict {
        public Trusted {
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(authenticatorDescription, "authenticatorDescription");
        }
    }

    /** Self attestation: the statement is signed by the credential key; nothing vouches for the authenticator. */
    record SelfAttested(VerifiedStatement statement) implements AttestationVerdict {}

    /** No attestation ({@code none}, or the relying party asked for none). */
    record NoAttestation() implements AttestationVerdict {}

    /** The statement verified but its trust path is not trusted, for {@code reason}. */
    record Untrusted(VerifiedStatement statement, UntrustedReason reason, String detail) implements AttestationVerdict {
        public Untrusted {
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Why a verified statement is not trusted. */
    enum UntrustedReason {
        /** The chain leads to no configured anchor and no metadata root (incl. a self-signed root in x5c). */
        NO_TRUST_ANCHOR,
        /** The chain leads to an anchor but fails validation (expiry, constraints, signature). */
        CHAIN_INVALID,
        /** The authenticator's metadata reports a status that voids trust (revoked, compromised key). */
        METADATA_STATUS,
        /** Trust requires a metadata entry and the authenticator has none. */
        NOT_IN_METADATA
    }
}
