package dev.citadel.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/**
 * Security headers on every routed response, errors included: a strict Content-Security-Policy, no MIME
 * sniffing, no framing, no referrer, and HSTS when the connection is TLS. CORS headers are not set here:
 * only routes that opt in through {@link Cors} get them.
 */
public final class SecurityHeaders implements Filter {

    /** Nothing loads, nothing frames, forms post only to us. API responses need no more. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    /** Two years, subdomains included (sent on TLS only, per RFC 6797 §7.2). */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        res.header("X-Frame-Options", "DENY");
        res.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        res.header("Referrer-Policy", "no-referrer");
        res.header("Cross-Origin-Opener-Policy", "same-origin");
        res.header("Cross-Origin-Resource-Policy", "same-origin");
        if (req.isSecure()) {
            res.header(HeaderNames.STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_SECURITY);
        }
        chain.proceed();
    }
}
