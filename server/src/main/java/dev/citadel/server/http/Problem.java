package dev.citadel.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem details object. {@code type} is a {@code urn:citadel:problem:*} URN naming the
 * problem class; {@code detail} explains this occurrence in words safe to show a client (never a stack
 * trace, never a secret).
 */
public record Problem(String type, String title, int status, String detail, Map<String, Object> extensions) {

    /** RFC 9457 §3 media type. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        Objects.requireNonNull(type);
        Objects.requireNonNull(title);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status");
        }
        extensions = Map.copyOf(extensions);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, Map.of());
    }

    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, more);
    }

    /** The JSON members in RFC 9457 order, then extensions. */
    public Map<String, Object> members() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", type);
        out.put("title", title);
        out.put("status", status);
        if (detail != null) {
            out.put("detail", detail);
        }
        out.putAll(extensions);
        return out;
    }
}
