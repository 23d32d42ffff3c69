package dev.citadel.trust.revocation;

import dev.citadel.cryptokit.RandomSource;
import dev.citadel.trust.Certificate;
import dev.citadel.trust.CertificateProblem;
import dev.citadel.trust.RevocationStep;
import dev.citadel.trust.TrustReason;
import dev.citadel.trust.internal.revocation.RevocationChecker;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Revocation checking for a {@link dev.citadel.trust.TrustEvaluator}: OCSP (stapled and fetched) and CRLs
 * (supplied and fetched, cached) under a {@link RevocationPolicy}. One instance holds the fetcher and the
 * CRL cache and is shared by an application; {@link #step} makes the evaluator's revocation step for one
 * policy and one evaluation's evidence.
 *
 * <pre>{@code
 * RevocationChecking revocation = RevocationChecking.online(HttpFetcher.jdk(), new CrlCache(Clock.systemUTC()));
 * TrustEvaluator evaluator = TrustEvaluator.builder(TrustStore.jdkDefault())
 *         .revocation(revocation.step(RevocationPolicy.hardFail(), RevocationEvidence.stapled(ocspDer)))
 *         .build();
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * A chain is untrusted when any checked certificate is revoked by a verified source, or when the policy
 * requires an answer the sources did not give; such certificates carry {@link TrustReason#REVOKED} or
 * {@link TrustReason#REVOCATION_UNKNOWN} with the sources tried in the detail. See
 * {@code docs/trust-revocation.md} for each mode's exact semantics.
 *
 * <h2>Does not</h2>
 * Check delta or indirect CRLs, LDAP or HTTPS sources, or the revocation of a delegated OCSP responder.
 */
public final class RevocationChecking {

    private final RevocationChecker checker;

    private RevocationChecking(RevocationChecker checker) {
        this.checker = checker;
    }

    /** Fetches OCSP and CRLs with {@code fetcher}, caching CRLs in {@code crlCache}. */
    public static RevocationChecking online(HttpFetcher fetcher, CrlCache crlCache) {
        return new RevocationChecking(new RevocationChecker(Objects.requireNonNull(fetcher, "fetcher"),
                Objects.requireNonNull(crlCache, "crlCache"), RandomSource.system(), RevocationChecker.DEFAULT_FETCH_TIMEOUT));
    }

    /** Uses only the evidence given to {@link #step} (stapled OCSP, supplied CRLs); never opens a connection. */
    public static RevocationChecking offline() {
        return new RevocationChecking(new RevocationChecker(HttpFetcher.offline(), new CrlCache(Clock.systemUTC()),
                RandomSource.system(), RevocationChecker.DEFAULT_FETCH_TIMEOUT));
    }

    /** The evaluator's revocation step for {@code policy} with this evaluation's {@code evidence}. */
    public RevocationStep step(RevocationPolicy policy, RevocationEvidence evidence) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(evidence, "evidence");
        if (policy.mode() == RevocationPolicy.Mode.OFF) {
            return RevocationStep.OFF;
        }
        return (chain, at) -> {
            List<org.bouncycastle.asn1.x509.Certificate> asn1 = new ArrayList<>(chain.size());
            for (Certificate c : chain) {
                asn1.add(c.asn1());
            }
            List<RevocationOutcome> outcomes = checker.checkChain(asn1, at, policy, evidence);
            List<CertificateProblem> problems = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                RevocationOutcome outcome = outcomes.get(i);
                if (!outcome.accepted()) {
                    TrustReason reason = outcome.status() instanceof RevocationStatus.Revoked
                            ? TrustReason.REVOKED : TrustReason.REVOCATION_UNKNOWN;
                    problems.add(new CertificateProblem(i, chain.get(i).subject(), reason, outcome.explanation()));
                }
            }
            return problems;
        };
    }
}
