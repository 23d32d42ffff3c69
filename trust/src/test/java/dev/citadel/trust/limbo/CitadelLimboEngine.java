package dev.citadel.trust.limbo;

import dev.citadel.trust.Certificate;
import dev.citadel.trust.CertificateFormatException;
import dev.citadel.trust.TrustEvaluator;
import dev.citadel.trust.TrustPolicy;
import dev.citadel.trust.TrustResult;
import dev.citadel.trust.TrustStore;
import dev.citadel.trust.revocation.RevocationChecking;
import dev.citadel.trust.revocation.RevocationEvidence;
import dev.citadel.trust.revocation.RevocationPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Citadel's {@link TrustEvaluator} as a limbo engine, with the case's time, peer name, EKU and depth. */
public final class CitadelLimboEngine implements LimboEngine {

    /** Features Citadel does not implement, and why (the skipped cases are listed in every report). */
    public static final Map<String, String> UNSUPPORTED = Map.of(
            "rfc5280-incompatible-with-webpki", "Citadel follows the CA/Browser Forum profile where it departs from RFC 5280",
            "pedantic-rfc5280", "a trust anchor is trusted as given and needs no authorityKeyIdentifier, even when"
                    + " cross-signed (as cve::cve-2024-0567 expects)",
            "pedantic-webpki-eku", "a server leaf without extKeyUsage is accepted, as RFC 5280 §4.2.1.12 allows"
                    + " (the opposite of rfc5280::eku::ee-without-eku, which Citadel passes)");

    private static final RevocationChecking OFFLINE = RevocationChecking.offline();

    @Override
    public String name() {
        return "citadel";
    }

    @Override
    public Map<String, String> unsupportedFeatures() {
        return UNSUPPORTED;
    }

    @Override
    public boolean accepts(LimboCase c) {
        Optional<TrustResult> r = evaluate(c);
        return r.isPresent() && r.get().result().trusted();
    }

    /** The full result, or empty when the peer certificate does not even parse. */
    public Optional<TrustResult> evaluate(LimboCase c) {
        Certificate peer;
        try {
            peer = Certificate.parsePem(c.peerCertificate()).getFirst();
        } catch (CertificateFormatException e) {
            return Optional.empty();
        }
        TrustStore store = TrustStore.ofCertificates(parseAll(c.trustedCerts()));
        TrustEvaluator.Builder b = TrustEvaluator.builder(store)
                .clock(Clock.fixed(c.validationTime().orElseGet(Instant::now), ZoneOffset.UTC));
        c.maxChainDepth().ifPresent(b::maxChainDepth);
        if (!c.crls().isEmpty()) {
            // The case's CRLs are the revocation evidence; hard-fail, and nothing is fetched.
            b.revocation(OFFLINE.step(RevocationPolicy.hardFail(), RevocationEvidence.crls(crlDers(c.crls()))));
        }
        return Optional.of(b.build().evaluate(peer, parseAll(c.untrustedIntermediates()), policy(c)));
    }

    static TrustPolicy policy(LimboCase c) {
        if (c.kind() == LimboCase.Kind.CLIENT) {
            return new TrustPolicy.SslClient();
        }
        return c.peerName().<TrustPolicy>map(p -> new TrustPolicy.SslServer(Optional.of(serverName(p))))
                .orElseGet(TrustPolicy::sslServer);
    }

    private static TrustPolicy.ServerName serverName(LimboCase.PeerName p) {
        try {
            return TrustPolicy.ServerName.of(p.value());
        } catch (IllegalArgumentException e) {
            // A reference name that UTS #46 refuses (e.g. with '_'): compare it as given; no SAN can match it.
            return new TrustPolicy.ServerName.DnsName(p.value().toLowerCase(Locale.ROOT));
        }
    }

    private static List<byte[]> crlDers(List<String> pems) {
        List<byte[]> out = new ArrayList<>(pems.size());
        for (String pem : pems) {
            String body = pem.replaceAll("-----(BEGIN|END) X509 CRL-----", "").replaceAll("\\s", "");
            out.add(Base64.getDecoder().decode(body));
        }
        return out;
    }

    /** Certificates that parse; a malformed one cannot be part of any path, so it is left out. */
    private static List<Certificate> parseAll(List<String> pems) {
        List<Certificate> out = new ArrayList<>(pems.size());
        for (String pem : pems) {
            try {
                out.addAll(Certificate.parsePem(pem));
            } catch (CertificateFormatException e) {
                // left out
            }
        }
        return out;
    }
}
