package dev.citadel.server.http;

/** The problem classes the server reports. Each has a stable URN a client can switch on. */
public enum ProblemType {
    BAD_REQUEST(400, "Bad request", "bad-request"),
    INVALID_JSON(400, "Request body is not valid JSON for this operation", "invalid-json"),
    VALIDATION_FAILED(422, "Request is well-formed but its values are invalid", "validation-failed"),
    UNAUTHORIZED(401, "Authentication required", "unauthorized"),
    FORBIDDEN(403, "Not allowed", "forbidden"),
    NOT_FOUND(404, "Not found", "not-found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "method-not-allowed"),
    CONFLICT(409, "Conflicts with the current state of the resource", "conflict"),
    PAYLOAD_TOO_LARGE(413, "Request body too large", "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "unsupported-media-type"),
    TOO_MANY_REQUESTS(429, "Too many requests", "too-many-requests"),
    NOT_READY(503, "Service not ready", "not-ready"),
    SERVICE_UNAVAILABLE(503, "Service unavailable", "service-unavailable"),
    INTERNAL_ERROR(500, "Internal server error", "internal-error");

    private final int status;
    private final String title;
    private final String slug;

    ProblemType(int status, String title, String slug) {
        this.status = status;
        this.title = title;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:citadel:problem:" + slug;
    }
}
