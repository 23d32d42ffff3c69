package dev.citadel.server.http;

import dev.citadel.passkeys.PasskeyException;
import dev.citadel.server.storage.StorageException;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger.Level;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one place that turns failures into responses. Client mistakes become 4xx problems with a reason;
 * anything unexpected becomes a 500 problem carrying only an incident id, while the stack trace goes to the
 * server log under that id. No stack trace ever reaches a client.
 */
public final class ErrorMapper {

    private static final System.Logger LOG = System.getLogger(ErrorMapper.class.getName());

    /** Longest library message copied into a problem's detail. */
    static final int MAX_DETAIL_CHARS = 300;

    private ErrorMapper() {}

    /** Registers the handlers on {@code routing}. */
    public static void register(HttpRouting.Builder routing) {
        routing.error(ProblemException.class, ErrorMapper::problem);
        routing.error(StorageException.class, ErrorMapper::storage);
        routing.error(PasskeyException.class, ErrorMapper::passkey);
        routing.error(Throwable.class, ErrorMapper::unexpected);
    }

    private static void problem(ServerRequest req, ServerResponse res, ProblemException e) {
        e.headers().forEach(res::header);
        Problem problem = e.problem();
        String path = req.path().path();
        if (!problem.extensions().containsKey("reason") && (path.startsWith("/passkeys/") || path.startsWith("/account"))) {
            // the passkey API promises a reason on every problem: the generic ones use their type's slug
            problem = problem.with("reason", problem.type().substring(problem.type().lastIndexOf(':') + 1));
        }
        Bodies.sendProblem(res, problem);
    }

    /**
     * A WebAuthn response that does not verify: 400 when it does not parse, 422 when a ceremony step refused
     * it or it uses what the relying party does not support; {@code reason} is the library's reason in
     * kebab-case ({@code signature-invalid}). The library's message names the failed step, never a secret.
     */
    private static void passkey(ServerRequest req, ServerResponse res, PasskeyException e) {
        ProblemType type = e instanceof PasskeyException.Malformed ? ProblemType.BAD_REQUEST : ProblemType.VALIDATION_FAILED;
        String reason = e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        String message = e.getMessage() == null ? reason : e.getMessage();
        Bodies.sendProblem(res, Problem.of(type, "the passkey response was refused: " + oneLine(message)).with("reason", reason));
    }

    /** {@code text} on one line of at most {@link #MAX_DETAIL_CHARS} characters. */
    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_DETAIL_CHARS ? line : line.substring(0, MAX_DETAIL_CHARS) + "…";
    }

    private static void storage(ServerRequest req, ServerResponse res, StorageException e) {
        if (e.reason() == StorageException.Reason.UNAVAILABLE) {
            LOG.log(Level.WARNING, "database unavailable: " + e.getMessage());
            res.header(HeaderNames.RETRY_AFTER, "5");
            Bodies.sendProblem(res, Problem.of(ProblemType.SERVICE_UNAVAILABLE, "storage is unavailable; retry later"));
            return;
        }
        unexpected(req, res, e);
    }

    private static void unexpected(ServerRequest req, ServerResponse res, Throwable e) {
        String incident = incidentId();
        LOG.log(Level.ERROR, "incident " + incident + " on " + req.prologue().method().text() + " "
                + Redaction.path(req.path().rawPath()), e);
        Bodies.sendProblem(res, Problem.of(ProblemType.INTERNAL_ERROR, "the server failed; quote incident " + incident)
                .with("incident", incident));
    }

    /**
     * Handlers for errors Helidon answers itself, before routing (malformed requests, bodies over the
     * listener's ceiling): problem+json there too.
     */
    public static DirectHandlers directHandlers() {
        DirectHandler handler = (request, eventType, status, headers, message) -> {
            ProblemType type = switch (eventType) {
                case PAYLOAD_TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE;
                case BAD_REQUEST, HTTP_VERSION_NOT_SUPPORTED -> ProblemType.BAD_REQUEST;
                case FORBIDDEN -> ProblemType.FORBIDDEN;
                case INTERNAL_ERROR, OTHER -> ProblemType.INTERNAL_ERROR;
            };
            Problem problem = new Problem(type.uri(), type.title(), status.code(),
                    type == ProblemType.INTERNAL_ERROR ? "the server failed" : "the request was malformed or refused", java.util.Map.of());
            return DirectHandler.TransportResponse.builder()
                    .status(status)
                    .header(HeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff")
                    .keepAlive(eventType.keepAlive())
                    .entity(Json.write(problem.members()))
                    .build();
        };
        DirectHandlers.Builder builder = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            builder.addHandler(type, handler);
        }
        return builder.build();
    }

    private static String incidentId() {
        byte[] id = new byte[6];
        ThreadLocalRandom.current().nextBytes(id); // a correlation id, not a secret
        return HexFormat.of().formatHex(id);
    }

    static Status status(int code) {
        return Status.create(code);
    }
}
