package dev.citadel.trust;

import java.time.Instant;
import java.util.List;

/**
 * The revocation step of an evaluation: it receives a chain that passed every other check (leaf first, the
 * anchor's certificate last; {@link Certificate#asn1()} gives BouncyCastle's structures for CRL and OCSP
 * work) and returns the problems it found, {@link TrustReason#REVOKED} or
 * {@link TrustReason#REVOCATION_UNKNOWN}, or none. A chain with a problem here is not trusted, and path
 * building goes on with the next candidate path.
 */
@FunctionalInterface
public interface RevocationStep {

    /** No revocation checking. */
    RevocationStep OFF = (chain, at) -> List.of();

    List<CertificateProblem> check(List<Certificate> chain, Instant at);
}
