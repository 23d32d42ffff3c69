package dev.citadel.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One JSON line per request (time, method, redacted path and query, status, duration, peer, redacted user
 * agent) and the {@code http.server.requests} timer, tagged by route pattern, never by raw path. Request
 * headers other than the user agent, cookies and bodies are never logged.
 */
public final class AccessLog implements Filter {

    /** User agents are cut to this length before logging. */
    static final int MAX_USER_AGENT_CHARS = 200;

    private final Consumer<String> sink;
    private final MeterRegistry registry;
    private final Clock clock;
    private final boolean enabled;

    public AccessLog(Consumer<String> sink, MeterRegistry registry, Clock clock, boolean enabled) {
        this.sink = sink;
        this.registry = registry;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long start = System.nanoTime();
        try {
            chain.proceed();
        } finally {
            long nanos = System.nanoTime() - start;
            int status = res.status().code();
            String route = req.matchingPattern().orElse(status == 404 ? "unmatched" : "other");
            Timer.builder("http.server.requests").tag("method", req.prologue().method().text())
                    .tag("route", route).tag("status", Integer.toString(status))
                    .register(registry).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
            if (enabled) {
                sink.accept(line(req, status, nanos));
            }
        }
    }

    private String line(RoutingRequest req, int status, long nanos) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("ts", clock.instant().toString());
        entry.put("type", "access");
        entry.put("method", req.prologue().method().text());
        entry.put("path", Redaction.path(req.path().rawPath()));
        String query = Redaction.query(req.path().rawPath(), req.query().rawValue());
        if (!query.isEmpty()) {
            entry.put("query", query);
        }
        entry.put("status", status);
        entry.put("durationMs", Math.round(nanos / 10_000.0) / 100.0);
        entry.put("peer", req.remotePeer().host());
        req.headers().first(HeaderNames.USER_AGENT).ifPresent(ua -> entry.put("userAgent",
                Redaction.scrub(ua.length() > MAX_USER_AGENT_CHARS ? ua.substring(0, MAX_USER_AGENT_CHARS) : ua)));
        return Json.writeString(entry);
    }
}
