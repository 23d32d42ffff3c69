package dev.citadel.trust.ct;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of evaluating a certificate's SCTs under a {@link CtPolicy}: compliant or not, which route
 * was checked, and every SCT with its {@link SctDisposition}.
 */
public sealed interface CtVerdict permits CtVerdict.Compliant, CtVerdict.NonCompliant {

    /** How the SCTs were delivered, as the policies distinguish it. */
    enum Route {
        /** Embedded SCTs, counted against the lifetime table. */
        EMBEDDED,
        /** At least one SCT delivered by OCSP stapling or the TLS extension. */
        OCSP_OR_TLS,
        /** No SCT at all. */
        NONE
    }

    /** Why a certificate does not comply. */
    enum Reason {
        /** No SCT was found in any carrier. */
        NO_SCTS,
        /** Fewer SCTs count than the route requires. */
        NOT_ENOUGH_SCTS,
        /** Enough valid SCTs, but not from enough distinct operators. */
        NOT_DIVERSE_OPERATORS,
        /** No counted SCT comes from a currently approved (qualified, usable, readonly) log. */
        NO_CURRENTLY_APPROVED_LOG,
        /** No counted SCT comes from an RFC 6962 log. */
        NO_RFC6962_LOG,
        /** The lifetime is outside the policy's table (Apple: over 398 days). */
        LIFETIME_OUT_OF_POLICY
    }

    CtPolicy policy();

    Route route();

    Instant at();

    /** The lifetime in days as the policy counts it (Apple: inclusive, rounded up; Chrome: rounded up). */
    long lifetimeDays();

    /** SCTs the route requires (0 when there is no route). */
    int required();

    List<SctFinding> scts();

    List<InputProblem> problems();

    /** Returns this verdict if compliant, else throws {@link CtException} with reason {@code NOT_COMPLIANT} and this verdict. */
    Compliant requireCompliant();

    /** The SCTs that counted. */
    default List<SctFinding> counted() {
        return scts().stream().filter(s -> s.disposition() == SctDisposition.COUNTED).toList();
    }

    /** A compliant certificate. */
    record Compliant(CtPolicy policy, Route route, Instant at, long lifetimeDays, int required,
            List<SctFinding> scts, List<InputProblem> problems) implements CtVerdict {
        public Compliant {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(at, "at");
            scts = List.copyOf(scts);
            problems = List.copyOf(problems);
        }

        @Override
        public Compliant requireCompliant() {
            return this;
        }
    }

    /** A certificate that does not comply, with the first unmet requirement. */
    record NonCompliant(CtPolicy policy, Route route, Instant at, long lifetimeDays, int required,
            List<SctFinding> scts, List<InputProblem> problems, Reason reason, String detail) implements CtVerdict {
        public NonCompliant {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(at, "at");
            scts = List.copyOf(scts);
            problems = List.copyOf(problems);
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public Compliant requireCompliant() {
            throw new CtException(this);
        }
    }
}
