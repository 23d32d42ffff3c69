package dev.citadel.trust.limbo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.CertPathTrustManagerParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The JDK's PKIX as a TLS client uses it: a PKIX {@link TrustManagerFactory} over the case's anchors and
 * intermediates (CertPathBuilder underneath, revocation off, the case's date), called with the peer's
 * chain and an engine whose handshake asks for HTTPS endpoint identification of the expected name — the
 * JDK's own host-name check.
 */
public final class JdkPkixLimboEngine implements LimboEngine {

    @Override
    public String name() {
        return "jdk-pkix";
    }

    @Override
    public Map<String, String> unsupportedFeatures() {
        return CitadelLimboEngine.UNSUPPORTED; // the same cases as Citadel, so the figures compare
    }

    @Override
    public boolean accepts(LimboCase c) {
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            X509Certificate peer = parse(cf, c.peerCertificate());
            if (peer == null) {
                return false;
            }
            Set<TrustAnchor> anchors = new HashSet<>();
            for (String pem : c.trustedCerts()) {
                X509Certificate a = parse(cf, pem);
                if (a != null) {
                    anchors.add(new TrustAnchor(a, null));
                }
            }
            if (anchors.isEmpty()) {
                return false;
            }
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(peer);
            for (String pem : c.untrustedIntermediates()) {
                X509Certificate i = parse(cf, pem);
                if (i != null) {
                    chain.add(i);
                }
            }
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, new X509CertSelector());
            params.setRevocationEnabled(false);
            params.setDate(Date.from(c.validationTime().orElseGet(Instant::now)));
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(chain.subList(1, chain.size()))));
            c.maxChainDepth().ifPresent(params::setMaxPathLength);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
            tmf.init(new CertPathTrustManagerParameters(params));
            X509ExtendedTrustManager tm = null;
            for (TrustManager m : tmf.getTrustManagers()) {
                if (m instanceof X509ExtendedTrustManager x) {
                    tm = x;
                }
            }
            X509Certificate[] presented = chain.toArray(X509Certificate[]::new);
            if (c.kind() == LimboCase.Kind.CLIENT) {
                tm.checkClientTrusted(presented, "UNKNOWN", new HandshakeEngine(null, null));
            } else {
                String host = c.peerName().map(LimboCase.PeerName::value).orElse(null);
                tm.checkServerTrusted(presented, "UNKNOWN", new HandshakeEngine(host, host == null ? null : "HTTPS"));
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static X509Certificate parse(CertificateFactory cf, String pem) {
        try {
            return (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException | RuntimeException e) {
            return null;
        }
    }
}
