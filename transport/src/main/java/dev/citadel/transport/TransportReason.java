package dev.citadel.transport;

/**
 * Why the transport module refused a policy file, a connection or key material. Every
 * {@link TransportException} carries one.
 */
public enum TransportReason {
    // ---- NSAppTransportSecurity input (AtsPolicyException)
    /** Not well-formed JSON, TOML or plist XML; a DOCTYPE with an internal subset; trailing content. */
    MALFORMED_POLICY,
    /** A key the ATS dictionary does not define (typos must not silently weaken or strengthen a policy). */
    UNKNOWN_KEY,
    /** A value of the wrong type (a string where a Boolean is expected, …). */
    WRONG_TYPE,
    /** A value of the right type that is not allowed: an unknown TLS version, a bad domain, a bad pin. */
    INVALID_VALUE,
    /** Input over one of the limits named in {@link AtsPolicyReader}. */
    POLICY_TOO_LARGE,

    // ---- connections (TransportRefusedException)
    /** An {@code http:} URL for a host whose policy does not allow insecure HTTP loads. */
    INSECURE_HTTP,
    /** The server does not speak a TLS version the policy allows (or negotiated one below its minimum). */
    PROTOCOL_VERSION,
    /** No cipher suite both sides accept: the server offers only suites the policy refuses. */
    NO_ACCEPTABLE_CIPHER_SUITE,
    /** The negotiated cipher suite is refused by the policy ({@link TransportRefusedException#algorithm()} says why). */
    CIPHER_SUITE_REFUSED,
    /** A certificate of the chain is signed with SHA-1, MD5 or another non-SHA-2 algorithm. */
    WEAK_CERTIFICATE_SIGNATURE,
    /** A certificate of the chain has an RSA key under 2048 bits or an EC key under 256 bits. */
    WEAK_CERTIFICATE_KEY,
    /** The trust module did not trust the chain ({@link TransportRefusedException#trustReason()} says why). */
    UNTRUSTED_CERTIFICATE,
    /** NSPinnedDomains: no SPKI in the chain matches the pinned leaf or CA identities. */
    PIN_MISMATCH,
    /** Certificate Transparency is required and the certificate does not comply with the CT policy. */
    CT_NOT_COMPLIANT,
    /** Certificate Transparency is required and no CT log list is configured: fail closed. */
    CT_LOG_LIST_MISSING,
    /** The peer's host is unknown to the trust manager (called without a socket or engine). */
    PEER_HOST_UNKNOWN,
    /** The handshake or connection failed for a reason the policy did not decide (I/O, peer alert). */
    CONNECTION_FAILED,

    // ---- setup (TransportSetupException)
    /** A PEM private key or certificate chain that cannot be used for a server. */
    INVALID_KEY_MATERIAL,
    /** A DTLS handshake that did not complete (retransmissions exhausted, peer alert). */
    DTLS_HANDSHAKE_FAILED,
    /** A datagram larger than the limit of the DTLS helper. */
    DATAGRAM_TOO_LARGE,
    /** No datagram arrived before the timeout. */
    TIMEOUT
}
