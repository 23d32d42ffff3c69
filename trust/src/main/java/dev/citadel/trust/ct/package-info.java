/**
 * Certificate Transparency verification (RFC 6962): SCT lists from certificates, stapled OCSP responses and
 * the TLS extension; SCT signature verification over rebuilt entries; v3 log lists; Apple's and Chrome's
 * CT policies with a per-SCT verdict. Start at {@link dev.citadel.trust.ct.CtVerifier}; see
 * {@code docs/trust-ct.md}.
 */
package dev.citadel.trust.ct;
