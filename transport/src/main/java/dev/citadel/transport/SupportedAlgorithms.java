package dev.citadel.transport;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The algorithms App Transport Security accepts, and the reason for every one it refuses.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>TLS 1.2 cipher suites: exactly the eleven ECDHE suites ATS lists ({@link #ATS_TLS12_SUITES}); with
 *       {@code NSExceptionRequiresForwardSecrecy = false} also the six RSA key-exchange suites
 *       ({@link #ATS_TLS12_NON_FORWARD_SECRET_SUITES}). TLS 1.3: the three RFC 8446 AEAD suites.</li>
 *   <li>RC4, 3DES, DES, export, NULL, anonymous and MD5 suites, CBC-SHA1 suites outside the list, and every
 *       other unlisted suite are refused with an {@link AlgorithmRefusal} naming the weakness, whatever the
 *       policy's exceptions say.</li>
 *   <li>Certificates: signatures with SHA-256 or stronger (RSA PKCS#1 v1.5, RSA-PSS, ECDSA), RSA keys of at
 *       least 2048 bits, EC keys of at least 256 bits.</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Decide trust: that is the trust module's job (which also refuses SHA-1 signatures and small keys).
 */
public final class SupportedAlgorithms {

    /** The TLS 1.2 forward-secret suites ATS accepts by default, in ATS's order of preference. */
    public static final List<String> ATS_TLS12_SUITES = List.of(
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
            "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
            "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA");

    /** The TLS 1.2 suites ATS adds when {@code NSExceptionRequiresForwardSecrecy} is false. */
    public static final List<String> ATS_TLS12_NON_FORWARD_SECRET_SUITES = List.of(
            "TLS_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_RSA_WITH_AES_256_CBC_SHA256",
            "TLS_RSA_WITH_AES_128_CBC_SHA256",
            "TLS_RSA_WITH_AES_256_CBC_SHA",
            "TLS_RSA_WITH_AES_128_CBC_SHA");

    /** The TLS 1.3 suites (RFC 8446 §B.4) ATS negotiates. */
    public static final List<String> TLS13_SUITES = List.of(
            "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256");

    /** Smallest RSA modulus accepted in a server certificate chain. */
    public static final int MIN_RSA_BITS = 2048;
    /** Smallest EC field size accepted in a server certificate chain. */
    public static final int MIN_EC_BITS = 256;

    private static final Set<String> SHA2_SIGNATURES = Set.of(
            "1.2.840.113549.1.1.11", "1.2.840.113549.1.1.12", "1.2.840.113549.1.1.13", // sha{256,384,512}WithRSA
            "1.2.840.10045.4.3.2", "1.2.840.10045.4.3.3", "1.2.840.10045.4.3.4");      // ecdsa-with-SHA{256,384,512}
    private static final String RSASSA_PSS = "1.2.840.113549.1.1.10";
    private static final Set<String> SHA2_HASHES = Set.of(
            "2.16.840.1.101.3.4.2.1", "2.16.840.1.101.3.4.2.2", "2.16.840.1.101.3.4.2.3");
    private static final Set<String> SHA1_SIGNATURES = Set.of(
            "1.2.840.113549.1.1.5", "1.2.840.10045.4.1", "1.2.840.10040.4.3", "1.3.14.3.2.29");
    private static final Set<String> MD5_SIGNATURES = Set.of("1.2.840.113549.1.1.4", "1.2.840.113549.1.1.2");

    private SupportedAlgorithms() {}

    /**
     * Why {@code suite} (a JSSE or IANA name; {@code SSL_} prefixes are read as {@code TLS_}) is refused, or
     * empty when ATS accepts it. {@code requireForwardSecrecy} false admits
     * {@link #ATS_TLS12_NON_FORWARD_SECRET_SUITES}, nothing else.
     */
    public static Optional<AlgorithmRefusal> cipherSuiteRefusal(String suite, boolean requireForwardSecrecy) {
        String s = suite.startsWith("SSL_") ? "TLS_" + suite.substring(4) : suite;
        if (TLS13_SUITES.contains(s) || ATS_TLS12_SUITES.contains(s)) {
            return Optional.empty();
        }
        if (ATS_TLS12_NON_FORWARD_SECRET_SUITES.contains(s)) {
            return requireForwardSecrecy ? Optional.of(AlgorithmRefusal.NOT_FORWARD_SECRET) : Optional.empty();
        }
        if (!s.contains("_WITH_")) {
            return Optional.of(AlgorithmRefusal.NOT_IN_ATS_LIST); // a TLS 1.3 suite (always forward secret) ATS does not list
        }
        if (s.contains("EXPORT")) {
            return Optional.of(AlgorithmRefusal.EXPORT);
        }
        if (s.contains("_NULL_") || s.endsWith("_NULL")) {
            return Optional.of(AlgorithmRefusal.NULL_CIPHER);
        }
        if (s.contains("_anon_")) {
            return Optional.of(AlgorithmRefusal.ANONYMOUS);
        }
        if (s.contains("_RC4_")) {
            return Optional.of(AlgorithmRefusal.RC4);
        }
        if (s.contains("3DES")) {
            return Optional.of(AlgorithmRefusal.TRIPLE_DES);
        }
        if (s.contains("_DES_") || s.contains("_DES40_")) {
            return Optional.of(AlgorithmRefusal.DES);
        }
        if (s.endsWith("_MD5")) {
            return Optional.of(AlgorithmRefusal.MD5_MAC);
        }
        if (s.endsWith("_CBC_SHA")) {
            return Optional.of(AlgorithmRefusal.CBC_SHA1_NOT_IN_ATS_LIST);
        }
        if (!s.startsWith("TLS_ECDHE_") && !s.startsWith("TLS_DHE_")) {
            return Optional.of(AlgorithmRefusal.NOT_FORWARD_SECRET);
        }
        return Optional.of(AlgorithmRefusal.NOT_IN_ATS_LIST);
    }

    /** The suites a policy enables, TLS 1.3 first, in ATS's order. */
    public static List<String> enabledSuites(boolean requireForwardSecrecy) {
        List<String> out = new ArrayList<>(TLS13_SUITES);
        out.addAll(ATS_TLS12_SUITES);
        if (!requireForwardSecrecy) {
            out.addAll(ATS_TLS12_NON_FORWARD_SECRET_SUITES);
        }
        return List.copyOf(out);
    }

    /** Why the negotiated {@code protocol} (JSSE name) is refused under {@code minimum}, or empty. */
    public static Optional<AlgorithmRefusal> protocolRefusal(String protocol, TlsVersion minimum) {
        Optional<TlsVersion> v = TlsVersion.ofProtocol(protocol);
        return v.isPresent() && v.get().compareTo(minimum) >= 0 ? Optional.empty()
                : Optional.of(AlgorithmRefusal.PROTOCOL_BELOW_MINIMUM);
    }

    /** Why the signature on {@code certificate} is refused, or empty for RSA/RSA-PSS/ECDSA with SHA-2. */
    public static Optional<AlgorithmRefusal> signatureRefusal(X509Certificate certificate) {
        String oid = certificate.getSigAlgOID();
        if (SHA2_SIGNATURES.contains(oid)) {
            return Optional.empty();
        }
        if (oid.equals(RSASSA_PSS)) {
            Optional<String> hash = PssParameters.hashOid(certificate.getSigAlgParams());
            return hash.isPresent() && SHA2_HASHES.contains(hash.get()) ? Optional.empty()
                    : Optional.of(hash.filter(h -> h.equals("1.3.14.3.2.26")).isPresent()
                            ? AlgorithmRefusal.SHA1_CERTIFICATE_SIGNATURE : AlgorithmRefusal.NON_SHA2_CERTIFICATE_SIGNATURE);
        }
        if (SHA1_SIGNATURES.contains(oid)) {
            return Optional.of(AlgorithmRefusal.SHA1_CERTIFICATE_SIGNATURE);
        }
        if (MD5_SIGNATURES.contains(oid)) {
            return Optional.of(AlgorithmRefusal.MD5_CERTIFICATE_SIGNATURE);
        }
        return Optional.of(AlgorithmRefusal.NON_SHA2_CERTIFICATE_SIGNATURE);
    }

    /** Why the public key of {@code certificate} is refused, or empty for RSA ≥ 2048 and EC ≥ 256 bits. */
    public static Optional<AlgorithmRefusal> keyRefusal(X509Certificate certificate) {
        PublicKey key = certificate.getPublicKey();
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength() >= MIN_RSA_BITS ? Optional.empty() : Optional.of(AlgorithmRefusal.RSA_KEY_TOO_SMALL);
        }
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize() >= MIN_EC_BITS ? Optional.empty()
                    : Optional.of(AlgorithmRefusal.EC_KEY_TOO_SMALL);
        }
        return Optional.of(AlgorithmRefusal.UNSUPPORTED_KEY_TYPE);
    }

    /** The hash OID of RSASSA-PSS parameters (RFC 4055 §3.1); SHA-1 when absent, as the default says. */
    private static final class PssParameters {
        static Optional<String> hashOid(byte[] params) {
            if (params == null) {
                return Optional.of("1.3.14.3.2.26");
            }
            try {
                org.bouncycastle.asn1.pkcs.RSASSAPSSparams p = org.bouncycastle.asn1.pkcs.RSASSAPSSparams.getInstance(params);
                return Optional.of(p.getHashAlgorithm().getAlgorithm().getId());
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
