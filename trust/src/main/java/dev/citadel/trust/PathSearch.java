package dev.citadel.trust;

import dev.citadel.trust.internal.SignatureCheck;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One evaluation: depth-first path building from the leaf towards the anchors with backtracking, cheap
 * checks before signatures, and the work budgets of {@link TrustEvaluator}. Not thread-safe; one per call.
 *
 * <p>Where an issuer has one candidate, its signature is checked only once the whole path has passed every
 * other check (most failing chains then cost no signature at all); where it has several, each candidate's
 * signature is checked before following it, so bogus look-alike issuers are pruned at once.
 */
final class PathSearch {

    private static final Object VALID = new Object();

    private final TrustStore store;
    private final TrustPolicy policy;
    private final Instant at;
    private final int maxChainDepth;
    private final RevocationStep revocation;
    private final Certificate leaf;
    private final List<Certificate> intermediates;

    private final Map<ByteBuffer, List<Certificate>> pool = new HashMap<>();
    private final KeyCache keys = new KeyCache();
    private final Map<Certificate, List<Finding>> issuerFindings = new IdentityHashMap<>();
    private final Map<TrustAnchor, List<Finding>> anchorFindings = new IdentityHashMap<>();
    private final Map<SignatureKey, Object> signatures = new HashMap<>();
    private final NameConstraintCheck.Budget nameBudget = new NameConstraintCheck.Budget();

    private int signatureChecks;
    private int steps;
    private boolean exhausted;
    private boolean done;
    private boolean verifySignatures;
    private Attempt best;

    private record SignatureKey(Certificate child, ByteBuffer issuerKey) {}

    /** A path that was tried and what was wrong with it. */
    private record Attempt(List<Certificate> path, TrustAnchor anchor, List<Finding> findings) {
        int rank() {
            int fatal = (int) findings.stream().filter(f -> f.reason().fatal()).count();
            return (anchor == null ? 1_000_000 : 0) + fatal * 1000 + findings.size();
        }
    }

    PathSearch(TrustStore store, TrustPolicy policy, Instant at, int maxChainDepth, RevocationStep revocation,
            Certificate leaf, List<Certificate> intermediates) {
        this.store = store;
        this.policy = policy;
        this.at = at;
        this.maxChainDepth = maxChainDepth;
        this.revocation = revocation;
        this.leaf = leaf;
        this.intermediates = intermediates;
    }

    TrustResult run() {
        if (intermediates.size() > TrustEvaluator.MAX_INTERMEDIATES) {
            return failure(List.of(leaf), null, List.of(new Finding(null, TrustReason.TOO_MANY_INTERMEDIATES,
                    intermediates.size() + " intermediates supplied (limit " + TrustEvaluator.MAX_INTERMEDIATES + ")")));
        }
        Set<Certificate> unique = new LinkedHashSet<>(intermediates);
        unique.remove(leaf);
        for (Certificate c : unique) {
            pool.computeIfAbsent(ByteBuffer.wrap(c.subjectDer()), k -> new ArrayList<>()).add(c);
        }
        List<Finding> leafFindings = CertificateChecks.leaf(leaf, at, policy);
        verifySignatures = leafFindings.isEmpty();
        List<Certificate> path = new ArrayList<>();
        path.add(leaf);
        search(path, 0);
        if (best != null && best.findings().isEmpty() && verifySignatures) {
            List<Certificate> chain = new ArrayList<>(best.path());
            chain.add(best.anchor().certificate());
            SecTrustResult result = best.anchor().source() == TrustAnchor.Source.SYSTEM
                    ? SecTrustResult.UNSPECIFIED : SecTrustResult.PROCEED;
            return new TrustResult(result, chain, Optional.of(best.anchor()), List.of(), policy, at);
        }
        List<Finding> all = new ArrayList<>(leafFindings);
        List<Certificate> path2 = best == null ? List.of(leaf) : best.path();
        TrustAnchor anchor = best == null ? null : best.anchor();
        if (best != null) {
            all.addAll(best.findings());
        }
        if (exhausted && all.stream().noneMatch(f -> f.reason() == TrustReason.BUDGET_EXHAUSTED)) {
            all.add(new Finding(null, TrustReason.BUDGET_EXHAUSTED, "path building stopped: "
                    + signatureChecks + " signature checks, " + steps + " steps"));
        }
        if (all.isEmpty()) {
            all.add(new Finding(path2.getLast(), TrustReason.ISSUER_NOT_FOUND, "no path to a trust anchor"));
        }
        return failure(path2, anchor, all);
    }

    private TrustResult failure(List<Certificate> path, TrustAnchor anchor, List<Finding> findings) {
        List<Certificate> chain = new ArrayList<>(path);
        if (anchor != null) {
            chain.add(anchor.certificate());
        }
        Map<String, CertificateProblem> problems = new LinkedHashMap<>();
        for (Finding f : findings) {
            int index = f.certificate() == null ? -1 : chain.indexOf(f.certificate());
            String subject = f.certificate() == null ? "" : f.certificate().subject();
            CertificateProblem p = new CertificateProblem(index, subject, f.reason(), f.detail());
            problems.putIfAbsent(index + "|" + f.reason() + "|" + f.detail(), p);
        }
        boolean fatal = problems.values().stream().anyMatch(p -> p.reason().fatal());
        return new TrustResult(fatal ? SecTrustResult.FATAL_TRUST_FAILURE : SecTrustResult.RECOVERABLE_TRUST_FAILURE,
                chain, Optional.ofNullable(anchor), List.copyOf(problems.values()), policy, at);
    }

    /** Depth-first search from the last certificate of {@code path}; {@code depth} counts logical intermediates. */
    private void search(List<Certificate> path, int depth) {
        if (++steps > TrustEvaluator.MAX_PATH_BUILDING_STEPS) {
            exhausted = true;
            return;
        }
        Certificate current = path.getLast();
        boolean candidates = false;
        List<TrustAnchor> anchors = new ArrayList<>(store.bySubject(current.issuerDer()));
        anchors.sort(Comparator.comparingInt(a -> preference(current, a.certificate())));
        for (TrustAnchor anchor : anchors) {
            if (inPath(path, anchor.certificate())) {
                continue;
            }
            candidates = true;
            tryAnchor(path, anchor);
            if (done || exhausted) {
                return;
            }
        }
        if (path.size() + 1 < TrustEvaluator.MAX_PATH_CERTIFICATES) {
            List<Certificate> issuers = new ArrayList<>();
            for (Certificate c : pool.getOrDefault(ByteBuffer.wrap(current.issuerDer()), List.of())) {
                if (!inPath(path, c)) {
                    issuers.add(c);
                }
            }
            issuers.sort(Comparator.comparingInt(c -> preference(current, c)));
            boolean eager = issuers.size() > 1;
            for (Certificate issuer : issuers) {
                candidates = true;
                List<Certificate> extended = new ArrayList<>(path);
                extended.add(issuer);
                int next = depth + (issuer.isSelfIssued() ? 0 : 1);
                if (next > maxChainDepth) {
                    record(new Attempt(extended, null, List.of(new Finding(issuer, TrustReason.CHAIN_TOO_LONG,
                            "more than " + maxChainDepth + " intermediates"))));
                    continue;
                }
                List<Finding> findings = issuerFindings.computeIfAbsent(issuer,
                        c -> CertificateChecks.issuer(c, at, policy, false, keys));
                if (!findings.isEmpty()) {
                    record(new Attempt(extended, null, findings));
                    continue;
                }
                if (eager && verifySignatures) {
                    Finding bad = signature(current, issuer);
                    if (bad != null) {
                        record(new Attempt(extended, null, List.of(bad)));
                        if (exhausted) {
                            return;
                        }
                        continue;
                    }
                }
                search(extended, next);
                if (done || exhausted) {
                    return;
                }
            }
        }
        if (!candidates) {
            record(new Attempt(List.copyOf(path), null, List.of(new Finding(current, TrustReason.ISSUER_NOT_FOUND,
                    "no trust anchor or intermediate is named " + current.issuer()))));
        }
    }

    private void tryAnchor(List<Certificate> path, TrustAnchor anchor) {
        List<Finding> findings = new ArrayList<>(anchorFindings.computeIfAbsent(anchor,
                a -> CertificateChecks.issuer(a.certificate(), at, policy, true, keys)));
        if (!anchor.constraints().allows(policy.kind())) {
            findings.add(new Finding(anchor.certificate(), TrustReason.ANCHOR_CONSTRAINT,
                    "anchor is constrained to " + anchor.constraints().allowedPolicies()));
        }
        if (findings.isEmpty()) {
            findings.addAll(PathChecks.check(path, anchor, policy, nameBudget));
            if (nameBudget.exhausted()) {
                exhausted = true;
            }
        }
        if (findings.isEmpty() && verifySignatures) {
            for (int k = 0; k < path.size() && findings.isEmpty(); k++) {
                Certificate issuer = k + 1 < path.size() ? path.get(k + 1) : anchor.certificate();
                Finding bad = signature(path.get(k), issuer);
                if (bad != null) {
                    findings.add(bad);
                }
            }
        }
        if (findings.isEmpty() && verifySignatures) {
            List<Certificate> chain = new ArrayList<>(path);
            chain.add(anchor.certificate());
            for (CertificateProblem p : revocation.check(List.copyOf(chain), at)) {
                Certificate c = p.index() >= 0 && p.index() < chain.size() ? chain.get(p.index()) : null;
                findings.add(new Finding(c, p.reason(), p.detail()));
            }
        }
        Attempt attempt = new Attempt(List.copyOf(path), anchor, List.copyOf(findings));
        record(attempt);
        if (findings.isEmpty()) {
            done = true; // trusted, or (leaf already failed) the closest chain to report
        }
    }

    /** Null when {@code child}'s signature verifies under {@code issuer}'s key; memoised per (child, key). */
    private Finding signature(Certificate child, Certificate issuer) {
        Finding keyProblem = keys.problem(issuer);
        if (keyProblem != null) {
            return keyProblem;
        }
        SignatureKey key = new SignatureKey(child, ByteBuffer.wrap(issuer.spkiDer()));
        Object memo = signatures.get(key);
        if (memo != null) {
            return memo == VALID ? null : (Finding) memo;
        }
        if (++signatureChecks > TrustEvaluator.MAX_SIGNATURE_CHECKS) {
            exhausted = true;
            return new Finding(child, TrustReason.BUDGET_EXHAUSTED,
                    "more than " + TrustEvaluator.MAX_SIGNATURE_CHECKS + " signature checks");
        }
        Object outcome;
        try {
            byte[] sig = child.asn1().getSignature().getOctets();
            SignatureCheck.verify(child.asn1().getSignatureAlgorithm(), keys.key(issuer), child.tbsBytes(), sig);
            outcome = VALID;
        } catch (SignatureCheck.SignatureFailure e) {
            outcome = new Finding(child, CertificateChecks.reasonOf(e.failure()), e.getMessage());
        } catch (IllegalStateException e) {
            outcome = new Finding(child, TrustReason.INVALID_SIGNATURE, "signature BIT STRING is not octet-aligned");
        }
        signatures.put(key, outcome);
        return outcome == VALID ? null : (Finding) outcome;
    }

    /** Lower is tried first: matching key identifiers, then currently valid certificates. */
    private int preference(Certificate child, Certificate issuer) {
        int score = 0;
        byte[] aki = child.extensions().akiKeyId();
        byte[] ski = issuer.extensions().ski();
        if (aki != null && ski != null && !Arrays.equals(aki, ski)) {
            score += 2;
        }
        if (at.isBefore(issuer.notBefore()) || at.isAfter(issuer.notAfter())) {
            score += 1;
        }
        return score;
    }

    /** The same certificate, or the same subject and key, is already in the path (loop). */
    private static boolean inPath(List<Certificate> path, Certificate c) {
        for (Certificate p : path) {
            if (p.equals(c) || (Arrays.equals(p.subjectDer(), c.subjectDer()) && Arrays.equals(p.spkiDer(), c.spkiDer()))) {
                return true;
            }
        }
        return false;
    }

    private void record(Attempt attempt) {
        if (best == null || attempt.rank() < best.rank()) {
            best = attempt;
        }
    }
}
