package dev.citadel.server.passkeys;

import dev.citadel.server.http.Problem;
import dev.citadel.server.http.ProblemException;
import dev.citadel.server.http.ProblemType;
import io.helidon.http.HeaderNames;
import io.helidon.http.SetCookie;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The browser-facing edge of the passkey services: session cookies, CSRF and Origin checks, rate limiting
 * and the client address. Handlers call it first, then the domain.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>Session cookie {@value #SESSION_COOKIE}: HttpOnly, Secure, SameSite=Strict, Path=/, a new value on
 *       every sign-in; CSRF cookie {@value #CSRF_COOKIE}: readable by the page, SameSite=Strict, set with it.</li>
 *   <li>A state-changing request is refused with 403 when its {@code Origin} header is present and not a
 *       configured origin ({@code origin-not-allowed}); and, when it carries a live session, unless header
 *       {@value #CSRF_HEADER} is present ({@code csrf-token-missing}), equals the CSRF cookie and is the token
 *       bound to that session ({@code csrf-token-mismatch}). Requests without a session reach only the
 *       ceremony start/finish and recovery routes, which must send {@code application/json} bodies and so
 *       cannot be sent cross-site without a CORS preflight this server never grants.</li>
 *   <li>Ceremony and recovery routes take a token from {@link RateLimiter} per peer address, else 429
 *       {@code rate-limited} with {@code Retry-After}.</li>
 * </ul>
 */
public final class WebSessions {

    public static final String SESSION_COOKIE = "citadel_session";
    public static final String CSRF_COOKIE = "citadel_csrf";
    public static final String CSRF_HEADER = "X-Citadel-CSRF";

    private final Sessions sessions;
    private final Supplier<List<String>> origins;
    private final RateLimiter limiter;

    public WebSessions(Sessions sessions, Supplier<List<String>> origins, RateLimiter limiter) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.origins = Objects.requireNonNull(origins, "origins");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
    }

    public Sessions sessions() {
        return sessions;
    }

    /** The session cookie's value, when the request has one. */
    public static Optional<String> sessionCookie(ServerRequest req) {
        return cookie(req, SESSION_COOKIE);
    }

    /** The live session the request's cookie names (its idle clock restarted). */
    public Optional<Session> current(ServerRequest req) {
        return sessionCookie(req).flatMap(sessions::resolve);
    }

    /**
     * The live session, else 401 {@code sign-in-required}; a recovery session is refused with 403
     * {@code passkey-registration-required} unless {@code allowRestricted}.
     */
    public Session require(ServerRequest req, boolean allowRestricted) {
        Session session = current(req).orElseThrow(() -> problem(ProblemType.UNAUTHORIZED, "sign-in-required",
                "sign in with a passkey first (no session, or it expired)"));
        if (session.restricted() && !allowRestricted) {
            throw problem(ProblemType.FORBIDDEN, "passkey-registration-required",
                    "this session came from a recovery code: register a new passkey first");
        }
        return session;
    }

    /** The CSRF and Origin checks of a state-changing request carrying {@code session} (when it has one). */
    public void checkStateChange(ServerRequest req, Optional<Session> session) {
        Optional<String> origin = req.headers().first(HeaderNames.ORIGIN);
        if (origin.isPresent() && !origins.get().contains(origin.get())) {
            throw problem(ProblemType.FORBIDDEN, "origin-not-allowed", "requests from this origin are not accepted");
        }
        if (session.isEmpty()) {
            return;
        }
        Optional<String> header = req.headers().first(HeaderNames.create(CSRF_HEADER));
        if (header.isEmpty()) {
            throw problem(ProblemType.FORBIDDEN, "csrf-token-missing", "send the " + CSRF_COOKIE + " cookie's value in "
                    + CSRF_HEADER);
        }
        Optional<String> cookie = cookie(req, CSRF_COOKIE);
        if (cookie.isEmpty() || !cookie.get().equals(header.get()) || !Sessions.csrfMatches(session.get(), header.get())) {
            throw problem(ProblemType.FORBIDDEN, "csrf-token-mismatch", CSRF_HEADER + " is not this session's CSRF token");
        }
    }

    /** The live session of a state-changing request after the CSRF checks (see {@link #require}). */
    public Session requireForChange(ServerRequest req, boolean allowRestricted) {
        Session session = require(req, allowRestricted);
        checkStateChange(req, Optional.of(session));
        return session;
    }

    /** Takes a rate-limit token for the peer, else 429 {@code rate-limited}. */
    public void rateLimit(ServerRequest req) {
        String address = clientAddress(req);
        if (!limiter.tryAcquire(address)) {
            throw new ProblemException(Problem.of(ProblemType.TOO_MANY_REQUESTS, "too many ceremony requests from this address; retry later")
                    .with("reason", "rate-limited"), Map.of(HeaderNames.RETRY_AFTER_NAME, Long.toString(limiter.retryAfterSeconds(address))));
        }
    }

    /** The TCP peer's address (never a forwarded-for header, which a client can set to anything). */
    public static String clientAddress(ServerRequest req) {
        SocketAddress peer = req.remotePeer().address();
        if (peer instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(peer);
    }

    /** Sets the cookies of a freshly issued session. */
    public void setCookies(ServerResponse res, Sessions.Issued issued) {
        Duration maxAge = sessions.absoluteTimeout();
        res.headers().addCookie(SetCookie.builder(SESSION_COOKIE, issued.id()).httpOnly(true).secure(true)
                .sameSite(SetCookie.SameSite.STRICT).path("/").maxAge(maxAge).build());
        res.headers().addCookie(SetCookie.builder(CSRF_COOKIE, issued.csrfToken()).httpOnly(false).secure(true)
                .sameSite(SetCookie.SameSite.STRICT).path("/").maxAge(maxAge).build());
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
    }

    /** Expires both cookies in the browser. */
    public static void clearCookies(ServerResponse res) {
        for (String name : List.of(SESSION_COOKIE, CSRF_COOKIE)) {
            res.headers().addCookie(SetCookie.builder(name, "").httpOnly(name.equals(SESSION_COOKIE)).secure(true)
                    .sameSite(SetCookie.SameSite.STRICT).path("/").maxAge(Duration.ZERO).build());
        }
    }

    /** A problem with a {@code reason} member. */
    public static ProblemException problem(ProblemType type, String reason, String detail) {
        return new ProblemException(Problem.of(type, detail).with("reason", reason), Map.of());
    }

    private static Optional<String> cookie(ServerRequest req, String name) {
        var cookies = req.headers().cookies();
        if (!cookies.contains(name)) {
            return Optional.empty();
        }
        String value = cookies.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
