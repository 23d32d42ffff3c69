package dev.citadel.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Set;

/**
 * Opt-in CORS for a route: wrap its handler. Only simple, credential-less reads are allowed cross-origin;
 * no route gets CORS headers unless wrapped.
 */
public final class Cors {

    private Cors() {}

    /** Allows any origin to read the response of {@code handler}, without credentials. */
    public static Handler publicRead(Handler handler) {
        return (ServerRequest req, ServerResponse res) -> {
            if (req.headers().contains(HeaderNames.ORIGIN)) {
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
                res.header("Cross-Origin-Resource-Policy", "cross-origin");
            }
            handler.handle(req, res);
        };
    }

    /** Allows the listed origins (exact match) to read the response of {@code handler}, without credentials. */
    public static Handler origins(Set<String> allowed, Handler handler) {
        Set<String> origins = Set.copyOf(allowed);
        return (ServerRequest req, ServerResponse res) -> {
            req.headers().first(HeaderNames.ORIGIN).filter(origins::contains).ifPresent(origin -> {
                res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
                res.header(HeaderNames.VARY, "Origin");
            });
            handler.handle(req, res);
        };
    }
}
