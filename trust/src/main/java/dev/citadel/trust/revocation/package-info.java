/**
 * Certificate revocation: OCSP (stapled and fetched) and CRLs, applied under a {@link
 * dev.citadel.trust.revocation.RevocationPolicy}.
 *
 * <h2>Security guarantees</h2>
 * A {@link dev.citadel.trust.revocation.RevocationStatus.Good} or {@link
 * dev.citadel.trust.revocation.RevocationStatus.Revoked} status is reported only from an OCSP response or a
 * CRL whose signature verified under the certificate's issuer (or, for OCSP, a responder the issuer
 * delegated to with {@code id-kp-OCSPSigning}), that names the certificate exactly, and that is fresh at
 * the validation instant. Everything else is {@link dev.citadel.trust.revocation.RevocationStatus.Unknown}
 * with a reason.
 *
 * <h2>Does not</h2>
 * Check the revocation of a delegated OCSP responder's own certificate, use delta CRLs, indirect CRLs or
 * LDAP distribution points, or fetch over HTTPS. WARNING: {@link
 * dev.citadel.trust.revocation.RevocationPolicy.Mode#SOFT_FAIL} is defeated by an on-path attacker who
 * blocks the responder. See {@code docs/trust-revocation.md}.
 */
package dev.citadel.trust.revocation;
