package dev.citadel.attest;

import java.time.Instant;
import java.util.List;

/**
 * The one seam through which App Attest validates certificate chains. The production implementation
 * adapts the trust module's path validation; nothing else in this module decides whether a certificate
 * is trusted.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@code certificates} are DER, the end-entity certificate first, followed by the other certificates
 *       the object carried in the order carried (they may include the root itself; a path builder picks
 *       the ones it needs). The list is never empty.</li>
 *   <li>The path MUST end at {@code root} (compared by its exact encoding) and be valid at {@code at}
 *       under RFC 5280 §6 basic path validation (signatures, validity periods, CA basic constraints,
 *       key usage, path length). No revocation checking is required.</li>
 *   <li>Returns the SubjectPublicKeyInfo (DER) of the end-entity certificate as validated.</li>
 *   <li>Throws {@link AttestException} only, with {@code CERTIFICATE_EXPIRED},
 *       {@code CERTIFICATE_NOT_YET_VALID}, {@code CHAIN_UNTRUSTED} or {@code CHAIN_INVALID}.</li>
 *   <li>Implementations are stateless and safe for concurrent use.</li>
 * </ul>
 */
interface ChainValidation {

    Bytes validate(List<Bytes> certificates, PinnedRoot root, Instant at);
}
