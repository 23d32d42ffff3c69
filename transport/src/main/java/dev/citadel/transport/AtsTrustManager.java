package dev.citadel.transport;

import dev.citadel.trust.Certificate;
import dev.citadel.trust.CertificateFormatException;
import dev.citadel.trust.TrustAnchor;
import dev.citadel.trust.TrustEvaluator;
import dev.citadel.trust.TrustPolicy;
import dev.citadel.trust.TrustResult;
import dev.citadel.trust.TrustStore;
import dev.citadel.trust.VerifiedChain;
import dev.citadel.trust.ct.CtInput;
import dev.citadel.trust.ct.CtVerdict;
import dev.citadel.trust.ct.CtVerifier;
import dev.citadel.trust.revocation.RevocationChecking;
import dev.citadel.trust.revocation.RevocationEvidence;
import dev.citadel.trust.revocation.RevocationPolicy;
import java.net.Socket;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A JSSE trust manager that decides server certificates with App Transport Security and the trust module:
 * for the host of the connection (SNI name, else the peer host), the {@link EffectivePolicy}'s protocol and
 * cipher-suite rules, ATS's certificate rules, path building and validation by {@link TrustEvaluator}
 * (RFC 9525 host name, revocation with the stapled OCSP response as evidence), SPKI pins and Certificate
 * Transparency.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>Fails closed: a check that cannot run (no host, no CT log list where CT is required, an unparseable
 *       certificate) refuses the connection with a {@link TransportReason}.</li>
 *   <li>The negotiated protocol and suite are re-checked against the host's policy during the handshake, so
 *       a caller who widens the enabled suites of a socket still cannot get RC4 or a non-forward-secret
 *       suite past a policy that refuses it.</li>
 *   <li>SCTs are read from the certificate and from the stapled OCSP response
 *       ({@link ExtendedSSLSession#getStatusResponses()}).</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * <ul>
 *   <li>See SCTs of the TLS {@code signed_certificate_timestamp} extension: JSSE neither requests nor exposes
 *       it. A server that delivers SCTs only that way fails CT here.</li>
 *   <li>Run again on a resumed session: JSSE skips the trust manager then; the session was accepted by this
 *       trust manager when it was established.</li>
 *   <li>Authenticate clients ({@link #checkClientTrusted} always refuses).</li>
 * </ul>
 */
public final class AtsTrustManager extends X509ExtendedTrustManager {

    /** The session value under which the accepted {@link VerifiedPeer} is stored. */
    public static final String VERIFIED_PEER = "dev.citadel.transport.VerifiedPeer";

    private final AtsPolicy ats;
    private final TrustStore store;
    private final Clock clock;
    private final Optional<CtVerifier> ct;
    private final RevocationChecking revocation;
    private final RevocationPolicy revocationPolicy;

    AtsTrustManager(AtsPolicy ats, TrustStore store, Clock clock, Optional<CtVerifier> ct, RevocationChecking revocation,
            RevocationPolicy revocationPolicy) {
        this.ats = Objects.requireNonNull(ats, "ats");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ct = Objects.requireNonNull(ct, "ct");
        this.revocation = Objects.requireNonNull(revocation, "revocation");
        this.revocationPolicy = Objects.requireNonNull(revocationPolicy, "revocationPolicy");
    }

    public AtsPolicy atsPolicy() {
        return ats;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        if (!(socket instanceof SSLSocket ssl) || ssl.getHandshakeSession() == null) {
            throw refuse(new TransportRefusedException(TransportReason.PEER_HOST_UNKNOWN, "not called during a TLS handshake"));
        }
        check(chain, ssl.getHandshakeSession(), host(ssl.getSSLParameters(), ssl.getHandshakeSession()));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        if (engine == null || engine.getHandshakeSession() == null) {
            throw refuse(new TransportRefusedException(TransportReason.PEER_HOST_UNKNOWN, "not called during a TLS handshake"));
        }
        check(chain, engine.getHandshakeSession(), host(engine.getSSLParameters(), engine.getHandshakeSession()));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw refuse(new TransportRefusedException(TransportReason.PEER_HOST_UNKNOWN,
                "the host is unknown without a socket or engine: use an SSLSocket or SSLEngine"));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("transport: client certificates are not accepted by this trust manager");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    private void check(X509Certificate[] chain, SSLSession session, String host) throws CertificateException {
        List<byte[]> stapled = session instanceof ExtendedSSLSession e ? e.getStatusResponses() : List.of();
        try {
            VerifiedPeer peer = verify(List.of(chain), host, session.getProtocol(), session.getCipherSuite(), stapled);
            session.putValue(VERIFIED_PEER, peer);
        } catch (TransportRefusedException e) {
            throw refuse(e);
        }
    }

    private static CertificateException refuse(TransportRefusedException e) {
        return new CertificateException(e.getMessage(), e);
    }

    private static String host(SSLParameters parameters, SSLSession session) {
        List<SNIServerName> names = parameters == null ? null : parameters.getServerNames();
        if (names != null) {
            for (SNIServerName n : names) {
                if (n instanceof SNIHostName h) {
                    return h.getAsciiName();
                }
            }
        }
        String peer = session.getPeerHost();
        if (peer == null || peer.isEmpty()) {
            throw new TransportRefusedException(TransportReason.PEER_HOST_UNKNOWN, "the connection has no peer host");
        }
        return peer;
    }

    /**
     * Decides a server chain (leaf first, as sent) for {@code host} on a connection that negotiated
     * {@code protocol} and {@code cipherSuite}, with {@code stapledOcsp} as JSSE reported them (leaf first;
     * empty entries for none). Returns the accepted peer or throws {@link TransportRefusedException}.
     */
    public VerifiedPeer verify(List<X509Certificate> chain, String host, String protocol, String cipherSuite, List<byte[]> stapledOcsp) {
        if (chain.isEmpty()) {
            throw new TransportRefusedException(TransportReason.UNTRUSTED_CERTIFICATE, "the server sent no certificate");
        }
        EffectivePolicy policy = ats.effectiveFor(host);
        SupportedAlgorithms.protocolRefusal(protocol, policy.minimumTlsVersion()).ifPresent(r -> {
            throw TransportRefusedException.algorithm(TransportReason.PROTOCOL_VERSION, r,
                    protocol + " is below the minimum " + policy.minimumTlsVersion().atsName() + " for " + host);
        });
        SupportedAlgorithms.cipherSuiteRefusal(cipherSuite, policy.requiresForwardSecrecy()).ifPresent(r -> {
            throw TransportRefusedException.algorithm(TransportReason.CIPHER_SUITE_REFUSED, r, cipherSuite + " for " + host);
        });
        if (policy.atsEnforced()) {
            for (int i = 0; i < chain.size(); i++) {
                X509Certificate c = chain.get(i);
                boolean selfSigned = c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
                int index = i;
                if (!selfSigned) {
                    SupportedAlgorithms.signatureRefusal(c).ifPresent(r -> {
                        throw TransportRefusedException.algorithm(TransportReason.WEAK_CERTIFICATE_SIGNATURE, r,
                                "certificate " + index + " (" + c.getSubjectX500Principal().getName() + ") is signed with " + c.getSigAlgName());
                    });
                }
                SupportedAlgorithms.keyRefusal(c).ifPresent(r -> {
                    throw TransportRefusedException.algorithm(TransportReason.WEAK_CERTIFICATE_KEY, r,
                            "certificate " + index + " (" + c.getSubjectX500Principal().getName() + ") has a " + c.getPublicKey().getAlgorithm() + " key");
                });
            }
        }
        List<Certificate> certificates = new ArrayList<>(chain.size());
        try {
            for (X509Certificate c : chain) {
                certificates.add(Certificate.parse(c.getEncoded()));
            }
        } catch (CertificateFormatException | CertificateEncodingException e) {
            throw new TransportRefusedException(TransportReason.UNTRUSTED_CERTIFICATE, "the server's chain does not parse: " + e.getMessage(), e);
        }
        List<byte[]> staples = stapledOcsp.stream().filter(b -> b != null && b.length > 0)
                .limit(RevocationEvidence.MAX_STAPLED_RESPONSES).toList();
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        TrustEvaluator evaluator = TrustEvaluator.builder(store).clock(Clock.fixed(at, java.time.ZoneOffset.UTC))
                .revocation(revocation.step(revocationPolicy, RevocationEvidence.of(staples, List.of()))).build();
        TrustResult result = evaluator.evaluate(certificates, TrustPolicy.sslServer(host));
        if (!result.result().trusted()) {
            throw TransportRefusedException.untrusted(result);
        }
        VerifiedChain verified = result.requireTrusted();
        policy.pins().ifPresent(pins -> checkPins(pins, verified, host));
        CtVerdict.Compliant compliant = null;
        boolean ctRequired = policy.certificateTransparency() == EffectivePolicy.CtRequirement.ALWAYS
                || verified.anchor().source() == TrustAnchor.Source.SYSTEM;
        if (ctRequired) {
            CtVerifier verifier = ct.orElseThrow(() -> new TransportRefusedException(TransportReason.CT_LOG_LIST_MISSING,
                    "Certificate Transparency is required for " + host + " (" + (policy.certificateTransparency()
                            == EffectivePolicy.CtRequirement.ALWAYS ? "NSRequiresCertificateTransparency" : "publicly trusted chain")
                            + ") but no CT log list is configured"));
            List<Certificate> built = verified.chain();
            CtInput input = built.size() >= 2 ? CtInput.of(built.get(0).encoded(), built.get(1).encoded())
                    : CtInput.leafOnly(built.get(0).encoded());
            if (!staples.isEmpty() && built.size() >= 2) {
                input = input.withOcspResponse(staples.getFirst());
            }
            CtVerdict verdict = verifier.evaluate(input, at);
            if (verdict instanceof CtVerdict.NonCompliant nc) {
                throw TransportRefusedException.ct(nc);
            }
            compliant = (CtVerdict.Compliant) verdict;
        }
        return new VerifiedPeer(policy, protocol, cipherSuite, verified, compliant);
    }

    private static void checkPins(PinnedDomain pins, VerifiedChain chain, String host) {
        if (!pins.leafIdentities().isEmpty() && !pins.leafIdentities().contains(SpkiPin.of(chain.leaf()))) {
            throw new TransportRefusedException(TransportReason.PIN_MISMATCH,
                    "the leaf's SPKI " + SpkiPin.of(chain.leaf()).sha256Base64() + " is not among the NSPinnedLeafIdentities for " + host);
        }
        if (!pins.caIdentities().isEmpty()) {
            Set<SpkiPin> cas = new HashSet<>();
            for (Certificate c : chain.chain().subList(1, chain.chain().size())) {
                cas.add(SpkiPin.of(c));
            }
            if (pins.caIdentities().stream().noneMatch(cas::contains)) {
                throw new TransportRefusedException(TransportReason.PIN_MISMATCH,
                        "no CA of the validated chain matches the NSPinnedCAIdentities for " + host);
            }
        }
    }
}
