package dev.citadel.trust.internal.revocation;

import dev.citadel.cryptokit.RandomSource;
import dev.citadel.trust.revocation.CrlCache;
import dev.citadel.trust.revocation.HttpFetcher;
import dev.citadel.trust.revocation.RevocationEvidence;
import dev.citadel.trust.revocation.RevocationOutcome;
import dev.citadel.trust.revocation.RevocationOutcome.Verdict;
import dev.citadel.trust.revocation.RevocationPolicy;
import dev.citadel.trust.revocation.RevocationStatus;
import dev.citadel.trust.revocation.RevocationStatus.Reason;
import dev.citadel.trust.revocation.RevocationStatus.Source;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.CertificateList;

/**
 * Revocation checking of an already path-validated chain: asks the sources of each certificate in the
 * policy's scope and applies the policy's mode (see {@link RevocationPolicy} for the table).
 *
 * <p>Sources, in order, stopping at the first good or revoked answer: stapled OCSP responses; supplied CRLs
 * (all applicable ones are read, and a revoked entry in any wins); the AIA OCSP responders (at most {@link
 * #MAX_OCSP_URIS}); the HTTP CRL distribution points (at most {@link #MAX_CRL_URIS}, cached). A verified
 * {@code unknown} from an OCSP responder also ends the search. Every fetch is bounded by the fetch timeout
 * and a size limit, so one certificate costs at most {@code (MAX_OCSP_URIS + MAX_CRL_URIS) × timeout}.
 *
 * <p>Thread-safe if the fetcher and the random source are.
 */
public final class RevocationChecker {

    /** Default bound on one fetch (connect, request, whole body). */
    public static final Duration DEFAULT_FETCH_TIMEOUT = Duration.ofSeconds(5);
    /** Most OCSP responders asked per certificate. */
    public static final int MAX_OCSP_URIS = 2;
    /** Most CRL distribution points fetched per certificate. */
    public static final int MAX_CRL_URIS = 3;

    private static final String OCSP_REQUEST_TYPE = "application/ocsp-request";

    private final HttpFetcher fetcher;
    private final CrlCache crlCache;
    private final RandomSource random;
    private final Duration fetchTimeout;

    public RevocationChecker(HttpFetcher fetcher, CrlCache crlCache, RandomSource random, Duration fetchTimeout) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.crlCache = Objects.requireNonNull(crlCache, "crlCache");
        this.random = Objects.requireNonNull(random, "random");
        this.fetchTimeout = Objects.requireNonNull(fetchTimeout, "fetchTimeout");
        if (fetchTimeout.isNegative() || fetchTimeout.isZero()) {
            throw new IllegalArgumentException("fetch timeout must be positive");
        }
    }

    /**
     * Checks a validated chain, leaf first and trust anchor last (a chain of one certificate is an anchor).
     *
     * @return one outcome per certificate of {@code chain}, same order; the anchor's is {@code NOT_CHECKED}
     */
    public List<RevocationOutcome> checkChain(List<Certificate> chain, Instant at, RevocationPolicy policy,
                                              RevocationEvidence evidence) {
        List<RevocationOutcome> out = new ArrayList<>(chain.size());
        for (int i = 0; i < chain.size(); i++) {
            Certificate cert = chain.get(i);
            if (i == chain.size() - 1) {
                out.add(notChecked(cert, "trust anchor: revoked by removal from the trust store"));
            } else if (i > 0 && policy.scope() == RevocationPolicy.Scope.LEAF_ONLY) {
                out.add(notChecked(cert, "outside the policy's scope (leaf only)"));
            } else {
                out.add(check(cert, chain.get(i + 1), at, policy, evidence));
            }
        }
        return List.copyOf(out);
    }

    /** Checks {@code subject}, issued by {@code issuer}, at {@code at} under {@code policy}. */
    public RevocationOutcome check(Certificate subject, Certificate issuer, Instant at, RevocationPolicy policy,
                                   RevocationEvidence evidence) {
        if (policy.mode() == RevocationPolicy.Mode.OFF) {
            return notChecked(subject, "revocation checking is off");
        }
        Attempts attempts = new Attempts();
        RevocationStatus status = status(subject, issuer, at, policy, evidence, attempts);
        Verdict verdict = verdict(status, policy.mode());
        return new RevocationOutcome(status, verdict, explain(subject, status, verdict, attempts));
    }

    private RevocationStatus status(Certificate subject, Certificate issuer, Instant at, RevocationPolicy policy,
                                    RevocationEvidence evidence, Attempts attempts) {
        for (byte[] staple : evidence.stapledOcsp()) {
            Optional<RevocationStatus> s = attempts.run("stapled OCSP", () -> attempts.signedBy(
                    OcspVerifier.verify(staple, subject, issuer, at, null, false, Source.STAPLED_OCSP)));
            if (s.isPresent()) {
                return s.get();
            }
        }
        Optional<RevocationStatus> supplied = suppliedCrls(subject, issuer, at, evidence, attempts);
        if (supplied.isPresent()) {
            return supplied.get();
        }
        for (URI uri : limit(CertificateFacts.ocspUris(subject), MAX_OCSP_URIS)) {
            Optional<RevocationStatus> s = attempts.run("OCSP " + uri,
                    () -> attempts.signedBy(fetchOcsp(uri, subject, issuer, at, policy)));
            if (s.isPresent()) {
                return s.get();
            }
        }
        for (URI uri : limit(CertificateFacts.crlUris(subject), MAX_CRL_URIS)) {
            Optional<RevocationStatus> s = attempts.run("CRL " + uri, () -> fetchCrl(uri, subject, issuer, at));
            if (s.isPresent()) {
                return s.get();
            }
        }
        return attempts.unknown();
    }

    /** All supplied CRLs of the issuer are read: a revoked entry in any one wins over good in another. */
    private Optional<RevocationStatus> suppliedCrls(Certificate subject, Certificate issuer, Instant at,
                                                    RevocationEvidence evidence, Attempts attempts) {
        RevocationStatus good = null;
        for (byte[] der : evidence.crls()) {
            Optional<RevocationStatus> s = attempts.run("supplied CRL", () -> {
                CertificateList crl = CrlVerifier.parse(der);
                if (!CrlVerifier.sameIssuer(crl, subject)) {
                    return null; // another CA's CRL: not a source for this certificate at all
                }
                return CrlVerifier.check(crl, subject, issuer, at, Source.SUPPLIED_CRL);
            });
            if (s.isPresent() && s.get() instanceof RevocationStatus.Revoked) {
                return s;
            }
            if (s.isPresent() && good == null) {
                good = s.get();
            }
        }
        return Optional.ofNullable(good);
    }

    private OcspVerifier.Answer fetchOcsp(URI uri, Certificate subject, Certificate issuer, Instant at, RevocationPolicy policy) {
        byte[] nonce = policy.nonce() == RevocationPolicy.OcspNonce.NONE
                ? null : OcspRequests.nonceExtnValue(random.bytes(OcspRequests.NONCE_BYTES));
        byte[] request = OcspRequests.build(subject, issuer, nonce);
        HttpFetcher.Response response = fetcher.post(uri, OCSP_REQUEST_TYPE, request, fetchTimeout,
                OcspVerifier.MAX_OCSP_RESPONSE_BYTES);
        byte[] body = body(response);
        return OcspVerifier.verify(body, subject, issuer, at, nonce,
                policy.nonce() == RevocationPolicy.OcspNonce.REQUIRE, Source.FETCHED_OCSP);
    }

    private RevocationStatus fetchCrl(URI uri, Certificate subject, Certificate issuer, Instant at) {
        Optional<byte[]> cached = crlCache.get(uri);
        if (cached.isPresent()) {
            try {
                return CrlVerifier.check(CrlVerifier.parse(cached.get()), subject, issuer, at, Source.FETCHED_CRL);
            } catch (SourceFailure e) {
                // Cached for another instant or no longer applicable: fetch afresh below.
            }
        }
        byte[] der = body(fetcher.get(uri, fetchTimeout, CrlVerifier.MAX_CRL_BYTES));
        CertificateList crl = CrlVerifier.parse(der);
        RevocationStatus status = CrlVerifier.check(crl, subject, issuer, at, Source.FETCHED_CRL);
        crlCache.put(uri, der, StrictDer.instant(crl.getNextUpdate(), "CRL nextUpdate"));
        return status;
    }

    private static byte[] body(HttpFetcher.Response response) {
        return switch (response) {
            case HttpFetcher.Ok ok -> ok.body();
            case HttpFetcher.Failed f -> throw new SourceFailure(switch (f.failure()) {
                case TIMEOUT -> Reason.FETCH_TIMEOUT;
                case TOO_LARGE -> Reason.RESPONSE_TOO_LARGE;
                case IO, HTTP_STATUS, UNSUPPORTED_SCHEME, OFFLINE -> Reason.FETCH_FAILED;
            }, f.detail());
        };
    }

    static Verdict verdict(RevocationStatus status, RevocationPolicy.Mode mode) {
        return switch (status) {
            case RevocationStatus.Good g -> Verdict.GOOD;
            case RevocationStatus.Revoked r -> Verdict.REJECTED;
            case RevocationStatus.Unknown u -> switch (mode) {
                case OFF -> Verdict.NOT_CHECKED;
                case SOFT_FAIL -> u.why() == Reason.UNKNOWN_TO_RESPONDER ? Verdict.REJECTED : Verdict.TOLERATED_UNKNOWN;
                case HARD_FAIL -> u.why() == Reason.NO_RESPONDER ? Verdict.TOLERATED_UNKNOWN : Verdict.REJECTED;
                case REQUIRE_POSITIVE -> Verdict.REJECTED;
            };
        };
    }

    private static RevocationOutcome notChecked(Certificate cert, String why) {
        return new RevocationOutcome(new RevocationStatus.Unknown(Reason.NOT_CHECKED, why), Verdict.NOT_CHECKED,
                cert.getSubject() + ": revocation not checked (" + why + ")");
    }

    private static String explain(Certificate subject, RevocationStatus status, Verdict verdict, Attempts attempts) {
        String what = switch (status) {
            case RevocationStatus.Good g -> "good per " + g.source() + " of " + g.thisUpdate();
            case RevocationStatus.Revoked r -> "revoked (" + r.reason() + ") at " + r.revocationTime() + " per " + r.source();
            case RevocationStatus.Unknown u -> "status unknown, " + u.why() + ": " + u.detail();
        };
        if (attempts.signer != null && !(status instanceof RevocationStatus.Unknown)) {
            what += ", signed by " + attempts.signer;
        }
        return subject.getSubject() + ": " + what + " → " + verdict
                + (attempts.failures.isEmpty() || status instanceof RevocationStatus.Unknown ? "" : " (after " + attempts.summary() + ")");
    }

    private static <T> List<T> limit(List<T> list, int max) {
        return list.size() <= max ? list : list.subList(0, max);
    }

    /** The failures met so far, to report the most serious one. */
    private static final class Attempts {
        private final List<RevocationStatus.Unknown> failures = new ArrayList<>();
        private String signer;

        RevocationStatus signedBy(OcspVerifier.Answer answer) {
            signer = answer.signer();
            return answer.status();
        }

        /** Runs one source: a status (good, revoked, or a verified unknown), or empty after recording why not. */
        Optional<RevocationStatus> run(String source, java.util.function.Supplier<RevocationStatus> body) {
            try {
                RevocationStatus s = body.get();
                if (s instanceof RevocationStatus.Unknown u) {
                    failures.add(new RevocationStatus.Unknown(u.why(), source + ": " + u.detail()));
                }
                return Optional.ofNullable(s);
            } catch (SourceFailure e) {
                failures.add(new RevocationStatus.Unknown(e.reason(), source + ": " + e.getMessage()));
                return Optional.empty();
            } catch (IllegalArgumentException | IllegalStateException | ClassCastException | ArithmeticException e) {
                // BouncyCastle's getInstance/getParsedValue report malformed structures this way.
                failures.add(new RevocationStatus.Unknown(Reason.MALFORMED, source + ": malformed (" + e.getMessage() + ")"));
                return Optional.empty();
            }
        }

        RevocationStatus.Unknown unknown() {
            if (failures.isEmpty()) {
                return new RevocationStatus.Unknown(Reason.NO_RESPONDER,
                        "no stapled response or supplied CRL applies, and the certificate names no OCSP responder or HTTP CRL distribution point");
            }
            Reason worst = failures.stream().map(RevocationStatus.Unknown::why).max(Comparator.naturalOrder()).orElseThrow();
            return new RevocationStatus.Unknown(worst, summary());
        }

        String summary() {
            return String.join("; ", failures.stream().map(u -> u.why() + " (" + u.detail() + ")").toList());
        }
    }
}
