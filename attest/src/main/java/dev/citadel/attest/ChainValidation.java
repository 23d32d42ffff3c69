package dev.citadel.attest;

import dev.citadel.encoding.Bytes;

import java.time.Instant;
import java.util.List;

/**
 * The one seam through which App Attest validates certificate chains. Its implementation,
 * {@link TrustChainValidation}, adapts the trust module's path building and validation; nothing else in this
 * module decides whether a certificate is trusted.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@code certificates} are DER, the end-entity certificate first, followed by the other certificates
 *       the object carried in the order carried (they may include the root itself; a path builder picks
 *       the ones it needs). The list is never empty.</li>
 *   <li>The path MUST end at {@code root} (compared by its exact encoding) and be valid at {@code at}
 *       under RFC 5280 §6 basic path validation (signatures, validity periods, CA basic constraints,
 *       key usage, path length) and the {@link Purpose}'s requirements. No revocation checking is required.</li>
 *   <li>Returns the SubjectPublicKeyInfo (DER) of the end-entity certificate as validated.</li>
 *   <li>Throws {@link AttestException} only, with {@code CERTIFICATE_EXPIRED},
 *       {@code CERTIFICATE_NOT_YET_VALID}, {@code CHAIN_UNTRUSTED} or {@code CHAIN_INVALID}; or
 *       {@code MALFORMED_CERTIFICATE} when the purpose's marker extension is missing from the leaf.</li>
 *   <li>Implementations are stateless and safe for concurrent use.</li>
 * </ul>
 */
interface ChainValidation {

    /** What the chain is validated for. */
    enum Purpose {
        /** A credential certificate: the leaf must carry the App Attest nonce extension (1.2.840.113635.100.8.2). */
        ATTESTATION,
        /** A receipt signer: basic X.509 path validation. */
        RECEIPT
    }

    Bytes validate(List<Bytes> certificates, PinnedRoot root, Purpose purpose, Instant at);
}
