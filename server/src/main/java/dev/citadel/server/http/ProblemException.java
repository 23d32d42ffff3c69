package dev.citadel.server.http;

import java.util.Map;

/**
 * Thrown by handlers (and the decoding helpers) to answer with a problem. The one error mapper turns it into
 * {@code application/problem+json}. Extra response headers (e.g. {@code WWW-Authenticate}, {@code Allow})
 * travel with it.
 */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail), Map.of());
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
