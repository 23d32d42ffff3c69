package dev.citadel.trust.internal.ct;

import dev.citadel.trust.ct.CtLog;
import dev.citadel.trust.ct.CtPolicy;
import dev.citadel.trust.ct.CtVerdict;
import dev.citadel.trust.ct.CtVerdict.Reason;
import dev.citadel.trust.ct.CtVerdict.Route;
import dev.citadel.trust.ct.InputProblem;
import dev.citadel.trust.ct.LogApi;
import dev.citadel.trust.ct.LogId;
import dev.citadel.trust.ct.LogState;
import dev.citadel.trust.ct.LogStatus;
import dev.citadel.trust.ct.SctDisposition;
import dev.citadel.trust.ct.SctFinding;
import dev.citadel.trust.ct.SctSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies Apple's or Chrome's CT policy to SCTs whose signatures, timestamps and logs were already
 * checked. Each candidate arrives as {@link SctDisposition#COUNTED} ("valid so far") or with the reason it
 * failed; this class settles every disposition and the verdict.
 */
public final class PolicyEngine {

    /** One SCT: its finding so far, and its log when known. */
    public record Candidate(SctFinding finding, CtLog log) {}

    /** Apple's largest lifetime in its table. */
    private static final long APPLE_MAX_DAYS = 398;
    private static final long APPLE_SHORT_DAYS = 180;

    private enum Approval { CURRENT, ONCE }

    private final CtPolicy policy;
    private final Instant at;
    private final Instant notBefore;
    private final Instant notAfter;
    private final List<InputProblem> problems;
    private final SctFinding[] findings;
    private final List<Candidate> candidates;

    private PolicyEngine(CtPolicy policy, List<Candidate> candidates, Instant notBefore, Instant notAfter, Instant at,
            List<InputProblem> problems) {
        this.policy = policy;
        this.candidates = candidates;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
        this.at = at;
        this.problems = problems;
        this.findings = candidates.stream().map(Candidate::finding).toArray(SctFinding[]::new);
    }

    public static CtVerdict evaluate(CtPolicy policy, List<Candidate> candidates, Instant notBefore, Instant notAfter,
            Instant at, List<InputProblem> problems) {
        PolicyEngine engine = new PolicyEngine(policy, candidates, notBefore, notAfter, at, problems);
        return switch (policy) {
            case APPLE -> engine.apple();
            case CHROME -> engine.chrome();
        };
    }

    // ---- Apple ------------------------------------------------------------------------------------

    private CtVerdict apple() {
        long days = Lifetime.appleDays(notBefore, notAfter);
        Map<Integer, Approval> approval = approvals(false);
        dedupeLogs(approval);
        if (findings.length == 0) {
            return nonCompliant(Route.NONE, days, 0, Reason.NO_SCTS, "the certificate, OCSP response and TLS carried no SCT");
        }
        // Route 1: two SCTs from currently approved logs, one of them delivered by OCSP or TLS.
        List<Integer> current = approval.entrySet().stream().filter(e -> e.getValue() == Approval.CURRENT)
                .map(Map.Entry::getKey).sorted().toList();
        boolean stapled = current.stream().anyMatch(i -> findings[i].source() != SctSource.EMBEDDED);
        RouteResult viaStapled = null;
        if (stapled) {
            viaStapled = check(current, 2, true);
            if (viaStapled.reason == null) {
                return compliant(Route.OCSP_OR_TLS, days, 2, approval, current);
            }
        }
        boolean anyEmbedded = candidates.stream().anyMatch(c -> c.finding().source() == SctSource.EMBEDDED);
        if (!anyEmbedded) {
            if (viaStapled != null) {
                return settleAndFail(Route.OCSP_OR_TLS, days, 2, approval, current, viaStapled);
            }
            return settleAndFail(Route.OCSP_OR_TLS, days, 2, approval, current,
                    new RouteResult(Reason.NOT_ENOUGH_SCTS, "no valid SCT from a currently approved log was delivered by OCSP or TLS"));
        }
        // Route 2: embedded SCTs, counted against the lifetime table with a per-operator cap.
        if (days > APPLE_MAX_DAYS) {
            return settleAndFail(Route.EMBEDDED, days, 0, approval, List.of(), new RouteResult(Reason.LIFETIME_OUT_OF_POLICY,
                    "lifetime of " + days + " days is over Apple's " + APPLE_MAX_DAYS));
        }
        int required = days <= APPLE_SHORT_DAYS ? 2 : 3;
        int perOperator = days <= APPLE_SHORT_DAYS ? 1 : 2;
        List<Integer> embedded = approval.keySet().stream()
                .filter(i -> findings[i].source() == SctSource.EMBEDDED)
                .sorted(preference(approval)).toList();
        List<Integer> counted = new ArrayList<>();
        Map<String, Integer> perOperatorCount = new HashMap<>();
        for (int i : embedded) {
            String operator = operator(i);
            int n = perOperatorCount.merge(operator, 1, Integer::sum);
            if (n > perOperator) {
                findings[i] = findings[i].with(SctDisposition.DUPLICATE_OPERATOR, "operator " + operator + " already has "
                        + perOperator + " counted SCT" + (perOperator == 1 ? "" : "s") + " (Apple's limit for " + days + " days)");
                approval.remove(i);
            } else {
                counted.add(i);
            }
        }
        RouteResult result;
        if (counted.stream().noneMatch(i -> approval.get(i) == Approval.CURRENT)) {
            result = new RouteResult(Reason.NO_CURRENTLY_APPROVED_LOG, "no embedded SCT from a currently approved log");
        } else if (counted.size() < required) {
            result = embedded.size() >= required
                    ? new RouteResult(Reason.NOT_DIVERSE_OPERATORS, counted.size() + " SCTs count after the per-operator limit of "
                            + perOperator + "; " + required + " needed for " + days + " days")
                    : new RouteResult(Reason.NOT_ENOUGH_SCTS, counted.size() + " valid embedded SCT" + (counted.size() == 1 ? "" : "s")
                            + " from distinct logs; " + required + " needed for a lifetime of " + days + " days");
        } else {
            result = check(counted, required, false);
        }
        if (result.reason == null) {
            return compliant(Route.EMBEDDED, days, required, approval, counted);
        }
        return settleAndFail(Route.EMBEDDED, days, required, approval, counted, result);
    }

    // ---- Chrome -----------------------------------------------------------------------------------

    private CtVerdict chrome() {
        long days = Lifetime.chromeDays(notBefore, notAfter);
        int required = Lifetime.chromeOver180Days(notBefore, notAfter) ? 3 : 2;
        Map<Integer, Approval> approval = approvals(true);
        dedupeLogs(approval);
        if (findings.length == 0) {
            return nonCompliant(Route.NONE, days, 0, Reason.NO_SCTS, "the certificate, OCSP response and TLS carried no SCT");
        }
        List<Integer> current = approval.entrySet().stream().filter(e -> e.getValue() == Approval.CURRENT)
                .map(Map.Entry::getKey).sorted().toList();
        boolean stapled = current.stream().anyMatch(i -> findings[i].source() != SctSource.EMBEDDED);
        RouteResult viaStapled = null;
        if (stapled) {
            viaStapled = check(current, 2, true);
            if (viaStapled.reason == null) {
                return compliant(Route.OCSP_OR_TLS, days, 2, approval, current);
            }
        }
        List<Integer> embedded = approval.keySet().stream()
                .filter(i -> findings[i].source() == SctSource.EMBEDDED).sorted(preference(approval)).toList();
        boolean anyEmbedded = candidates.stream().anyMatch(c -> c.finding().source() == SctSource.EMBEDDED);
        if (!anyEmbedded) {
            RouteResult result = viaStapled != null ? viaStapled
                    : new RouteResult(Reason.NOT_ENOUGH_SCTS, "no valid SCT from a currently approved log was delivered by OCSP or TLS");
            return settleAndFail(Route.OCSP_OR_TLS, days, 2, approval, current, result);
        }
        RouteResult result;
        if (embedded.stream().noneMatch(i -> approval.get(i) == Approval.CURRENT)) {
            result = new RouteResult(Reason.NO_CURRENTLY_APPROVED_LOG, "no embedded SCT from a qualified, usable or readonly log");
        } else if (embedded.size() < required) {
            result = new RouteResult(Reason.NOT_ENOUGH_SCTS, embedded.size() + " valid embedded SCT" + (embedded.size() == 1 ? "" : "s")
                    + " from distinct logs; " + required + " needed when notAfter − notBefore "
                    + (required == 3 ? "exceeds" : "is at most") + " 180 days");
        } else {
            result = check(embedded, required, false);
        }
        if (result.reason == null) {
            return compliant(Route.EMBEDDED, days, required, approval, embedded);
        }
        return settleAndFail(Route.EMBEDDED, days, required, approval, embedded, result);
    }

    // ---- shared steps -----------------------------------------------------------------------------

    private record RouteResult(Reason reason, String detail) {}

    /** Count, operator diversity and the RFC 6962 rule over {@code scts}; {@code needStapled}: one must be OCSP/TLS. */
    private RouteResult check(List<Integer> scts, int required, boolean needStapled) {
        if (scts.size() < required) {
            return new RouteResult(Reason.NOT_ENOUGH_SCTS, scts.size() + " valid SCT" + (scts.size() == 1 ? "" : "s")
                    + " from currently approved logs; " + required + " needed");
        }
        if (needStapled && scts.stream().allMatch(i -> findings[i].source() == SctSource.EMBEDDED)) {
            return new RouteResult(Reason.NOT_ENOUGH_SCTS, "no SCT delivered by OCSP or TLS");
        }
        Set<String> operators = new HashSet<>();
        scts.forEach(i -> operators.add(operator(i)));
        if (operators.size() < 2) {
            return new RouteResult(Reason.NOT_DIVERSE_OPERATORS, "all counted SCTs come from operator " + operators.iterator().next());
        }
        if (scts.stream().noneMatch(i -> candidates.get(i).log().api() == LogApi.RFC6962)) {
            return new RouteResult(Reason.NO_RFC6962_LOG, "no counted SCT comes from an RFC 6962 log (all are static-ct-api)");
        }
        return new RouteResult(null, "");
    }

    /**
     * Classifies every still-valid SCT by its log's state at the validation instant; sets the
     * disposition of those that never count. A retired log whose retirement is after {@code at} was
     * still approved at the time of check.
     */
    private Map<Integer, Approval> approvals(boolean chrome) {
        Map<Integer, Approval> out = new HashMap<>();
        Instant issuance = Instant.MAX; // Chrome: the earliest SCT from a log not disqualified at `at`.
        if (chrome) {
            for (int i = 0; i < findings.length; i++) {
                if (findings[i].disposition() == SctDisposition.COUNTED && !retiredAt(i)) {
                    Instant t = findings[i].timestamp();
                    issuance = t.isBefore(issuance) ? t : issuance;
                }
            }
        }
        for (int i = 0; i < findings.length; i++) {
            if (findings[i].disposition() != SctDisposition.COUNTED) {
                continue;
            }
            CtLog log = candidates.get(i).log();
            if (log.state().isEmpty()) {
                findings[i] = findings[i].with(SctDisposition.LOG_STATE_UNSPECIFIED, "the log list gives " + log.description() + " no state");
                continue;
            }
            LogState state = log.state().get();
            switch (state.status()) {
                case PENDING -> findings[i] = findings[i].with(SctDisposition.LOG_PENDING, log.description() + " is pending since " + state.since());
                case REJECTED -> findings[i] = findings[i].with(SctDisposition.LOG_REJECTED, log.description() + " was rejected on " + state.since());
                case QUALIFIED, USABLE, READONLY -> out.put(i, Approval.CURRENT);
                case RETIRED -> {
                    Instant retired = state.since();
                    if (at.isBefore(retired)) {
                        out.put(i, Approval.CURRENT);
                    } else if (findings[i].source() != SctSource.EMBEDDED) {
                        findings[i] = findings[i].with(SctDisposition.LOG_RETIRED, log.description() + " retired on " + retired
                                + "; OCSP and TLS SCTs need a currently approved log");
                    } else if (!findings[i].timestamp().isBefore(retired)) {
                        findings[i] = findings[i].with(SctDisposition.LOG_RETIRED_BEFORE_SCT, log.description() + " retired on "
                                + retired + ", before this SCT (" + findings[i].timestamp() + ")");
                    } else if (chrome && !issuance.isBefore(retired)) {
                        findings[i] = findings[i].with(SctDisposition.LOG_RETIRED_BEFORE_SCT, log.description() + " retired on "
                                + retired + ", before the earliest SCT from a log still approved (" + issuance + ")");
                    } else {
                        out.put(i, Approval.ONCE);
                    }
                }
            }
        }
        return out;
    }

    private boolean retiredAt(int i) {
        CtLog log = candidates.get(i).log();
        return log != null && log.state().isPresent() && log.state().get().status() == LogStatus.RETIRED
                && !at.isBefore(log.state().get().since());
    }

    /** One SCT per log counts; later ones (after the preferred order) are {@link SctDisposition#DUPLICATE_LOG}. */
    private void dedupeLogs(Map<Integer, Approval> approval) {
        Set<LogId> seen = new HashSet<>();
        for (int i : approval.keySet().stream().sorted(preference(approval)).toList()) {
            if (!seen.add(findings[i].logId())) {
                findings[i] = findings[i].with(SctDisposition.DUPLICATE_LOG, "another SCT from " + candidates.get(i).log().description()
                        + " already counts");
                approval.remove(i);
            }
        }
    }

    /** Currently approved logs first, RFC 6962 logs first, then input order. */
    private Comparator<Integer> preference(Map<Integer, Approval> approval) {
        return Comparator.<Integer>comparingInt(i -> approval.get(i) == Approval.CURRENT ? 0 : 1)
                .thenComparingInt(i -> candidates.get(i).log().api() == LogApi.RFC6962 ? 0 : 1)
                .thenComparingInt(i -> i);
    }

    private String operator(int i) {
        return candidates.get(i).log().operatorAt(findings[i].timestamp());
    }

    private CtVerdict compliant(Route route, long days, int required, Map<Integer, Approval> approval, List<Integer> counted) {
        settle(route, approval, counted);
        return new CtVerdict.Compliant(policy, route, at, days, required, List.of(findings), problems);
    }

    private CtVerdict settleAndFail(Route route, long days, int required, Map<Integer, Approval> approval, List<Integer> counted,
            RouteResult result) {
        settle(route, approval, counted);
        return nonCompliant(route, days, required, result.reason, result.detail);
    }

    private CtVerdict nonCompliant(Route route, long days, int required, Reason reason, String detail) {
        return new CtVerdict.NonCompliant(policy, route, at, days, required, List.of(findings), problems, reason, detail);
    }

    /** Final dispositions: counted ones stay COUNTED; other valid ones say why the route left them out. */
    private void settle(Route route, Map<Integer, Approval> approval, List<Integer> counted) {
        Set<Integer> countedSet = new HashSet<>(counted);
        for (var entry : approval.entrySet()) {
            int i = entry.getKey();
            if (countedSet.contains(i)) {
                findings[i] = findings[i].with(SctDisposition.COUNTED, "valid; " + (entry.getValue() == Approval.CURRENT
                        ? "log currently approved" : "log retired after this SCT") + "; operator " + operator(i));
            } else if (entry.getValue() == Approval.ONCE && route == Route.OCSP_OR_TLS) {
                findings[i] = findings[i].with(SctDisposition.LOG_RETIRED, candidates.get(i).log().description()
                        + " is retired; this route needs currently approved logs");
            } else {
                findings[i] = findings[i].with(SctDisposition.NOT_USED, "valid, but the " + route + " route does not use "
                        + findings[i].source() + " SCTs");
            }
        }
    }
}
