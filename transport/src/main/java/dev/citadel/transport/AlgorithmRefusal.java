package dev.citadel.transport;

/**
 * Why {@link SupportedAlgorithms} refuses a cipher suite, a protocol version, a certificate signature or a
 * certificate key. Each constant says what an attacker gains from the algorithm it refuses.
 */
public enum AlgorithmRefusal {
    // ---- cipher suites
    /** RC4: biased keystream, plaintext recovery (RFC 7465 prohibits it). */
    RC4,
    /** 3DES: 64-bit blocks, Sweet32 birthday attacks. */
    TRIPLE_DES,
    /** Single DES: 56-bit keys, brute-forced. */
    DES,
    /** Export suites: 40/56-bit keys or 512-bit key exchange (FREAK, Logjam). */
    EXPORT,
    /** NULL encryption: no confidentiality at all. */
    NULL_CIPHER,
    /** Anonymous key exchange: no server authentication, trivially man-in-the-middled. */
    ANONYMOUS,
    /** An MD5 MAC. */
    MD5_MAC,
    /** CBC with HMAC-SHA-1 outside the suites ATS lists (Lucky 13-style padding-oracle exposure). */
    CBC_SHA1_NOT_IN_ATS_LIST,
    /** RSA or static (EC)DH key exchange: recorded traffic decrypts once the server key leaks. */
    NOT_FORWARD_SECRET,
    /** Any other suite ATS does not list (DHE, CCM, TLS 1.2 ChaCha20, ARIA, Camellia, …). */
    NOT_IN_ATS_LIST,

    // ---- protocol versions
    /** A protocol version below the policy's minimum (or SSL, or unknown). */
    PROTOCOL_BELOW_MINIMUM,

    // ---- certificates
    /** A certificate signed with SHA-1 (chosen-prefix collisions, SHAttered / Shambles). */
    SHA1_CERTIFICATE_SIGNATURE,
    /** A certificate signed with MD5 or MD2 (forged CA certificates, 2008). */
    MD5_CERTIFICATE_SIGNATURE,
    /** A certificate signed with an algorithm that is not RSA or ECDSA with SHA-2 (DSA, GOST, …). */
    NON_SHA2_CERTIFICATE_SIGNATURE,
    /** An RSA key under 2048 bits. */
    RSA_KEY_TOO_SMALL,
    /** An EC key under 256 bits. */
    EC_KEY_TOO_SMALL,
    /** A key type ATS does not accept for server certificates (DSA, …). */
    UNSUPPORTED_KEY_TYPE
}
