package dev.citadel.trust.ct;

import java.util.Objects;

/**
 * An SCT carrier that could not be read (a malformed OCSP response or SCT list). Evaluation goes on with
 * the other carriers, as browsers do; the problem is reported in the verdict.
 */
public record InputProblem(SctSource source, CtException.Reason reason, String detail) {
    public InputProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
