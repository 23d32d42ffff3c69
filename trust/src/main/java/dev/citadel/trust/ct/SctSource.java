package dev.citadel.trust.ct;

/** How an SCT reached the verifier (RFC 6962 §3.3). The source decides the signed entry type. */
public enum SctSource {
    /** In the certificate's extension 1.3.6.1.4.1.11129.2.4.2; signed over a {@code PreCert} entry. */
    EMBEDDED,
    /** In a stapled OCSP response's single extension 1.3.6.1.4.1.11129.2.4.5; signed over an {@code X509} entry. */
    OCSP,
    /** In the TLS {@code signed_certificate_timestamp} extension; signed over an {@code X509} entry. */
    TLS_EXTENSION
}
