package dev.citadel.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Decodes and encodes bodies: bounded reads, strict JSON, problem responses. */
public final class Bodies {

    /** Hard ceiling for any request body on any route; routes set lower limits. */
    public static final long MAX_ANY_BODY_BYTES = 1024 * 1024;

    private Bodies() {}

    /**
     * Reads a JSON body of at most {@code maxBytes} into {@code type}. 415 unless the content type is JSON,
     * 413 when larger, 400 when malformed (the detail says where, never how the parser failed inside).
     */
    public static <T> T readJson(ServerRequest request, int maxBytes, Class<T> type) {
        requireJson(request);
        return parseJson(request, readBounded(request, maxBytes), type);
    }

    /**
     * As {@link #readJson} for a body already read (e.g. by a guard that verified it): 415 unless the
     * request's content type is JSON, 400 when malformed.
     */
    public static <T> T parseJson(ServerRequest request, byte[] body, Class<T> type) {
        requireJson(request);
        try {
            T value = Json.mapper().readValue(body, type);
            if (value == null) {
                throw new ProblemException(ProblemType.INVALID_JSON, "body is JSON null");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new ProblemException(ProblemType.INVALID_JSON, "unknown member '" + e.getPropertyName() + "'");
        } catch (JacksonException e) {
            var loc = e.getLocation();
            String at = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new ProblemException(ProblemType.INVALID_JSON, "malformed or mistyped JSON" + at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireJson(ServerRequest request) {
        String contentType = request.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
        if (!contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send Content-Type: application/json");
        }
    }

    /** Reads at most {@code maxBytes}; 413 if the body is larger (declared or actual). */
    public static byte[] readBounded(ServerRequest request, int maxBytes) {
        long declared = request.headers().contentLength().orElse(-1L);
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = request.content().inputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return body;
        } catch (IOException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "request body could not be read");
        }
    }

    private static ProblemException tooLarge(int maxBytes) {
        return new ProblemException(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "this operation accepts at most "
                + maxBytes + " bytes").with("maxBytes", maxBytes), java.util.Map.of());
    }

    /** Sends {@code value} as JSON with {@code status}. */
    public static void sendJson(ServerResponse response, int status, Object value) {
        response.status(status);
        response.header(HeaderNames.CONTENT_TYPE, "application/json");
        response.send(Json.write(value));
    }

    /** Sends a problem. */
    public static void sendProblem(ServerResponse response, Problem problem) {
        response.status(problem.status());
        response.header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.header(HeaderNames.CACHE_CONTROL, "no-store");
        response.send(Json.write(problem.members()));
    }
}
