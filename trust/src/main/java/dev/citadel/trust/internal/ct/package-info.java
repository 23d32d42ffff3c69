/**
 * Encodings and rules behind {@code dev.citadel.trust.ct}: strict TLS and DER readers, the precertificate
 * TBSCertificate rebuild, the signed-entry encoder, OCSP SCT lookup, log-list JSON mapping and the policy
 * engine. Not exported.
 */
package dev.citadel.trust.internal.ct;
