package dev.citadel.server.passkeys;

import dev.citadel.corecrypto.ConstantTime;
import dev.citadel.cryptokit.RandomSource;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.server.storage.JdbcPasskeySessionStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Sign-in sessions: issued on every sign-in (a new id each time, so a session id planted before sign-in is
 * worthless), looked up with idle and absolute expiry, ended on sign-out.
 *
 * <h2>Security guarantees</h2>
 * A session id and its CSRF token are {@link #ID_BYTES} random bytes each from cryptokit's random source;
 * only their SHA-256 values are stored. A session stops working {@link #idleTimeout()} after its last
 * request or {@link #absoluteTimeout()} after sign-in, whichever comes first, and an expired session is
 * deleted when presented. CSRF tokens are compared as hashes in constant time.
 *
 * <h2>Does not</h2>
 * Bind a session to a client address or TLS channel (a stolen cookie works from elsewhere until it expires).
 */
public final class Sessions {

    /** Default idle expiry: a session unused this long is gone. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** Default absolute expiry: every session ends this long after sign-in, however busy. */
    public static final Duration DEFAULT_ABSOLUTE_TIMEOUT = Duration.ofHours(12);
    /** Random bytes in a session id and in a CSRF token (256 bits). */
    public static final int ID_BYTES = 32;
    /** Longest session id or CSRF token accepted from a client (43 characters are issued). */
    public static final int MAX_PRESENTED_CHARS = 64;

    private final JdbcPasskeySessionStore store;
    private final RandomSource random;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;

    /** A freshly issued session: the id and CSRF token are shown to the client once and not stored. */
    public static final class Issued {
        private final String id;
        private final String csrfToken;
        private final Session session;

        Issued(String id, String csrfToken, Session session) {
            this.id = id;
            this.csrfToken = csrfToken;
            this.session = session;
        }

        /** The session id for the {@code citadel_session} cookie. */
        public String id() {
            return id;
        }

        /** The CSRF token for the {@code citadel_csrf} cookie. */
        public String csrfToken() {
            return csrfToken;
        }

        public Session session() {
            return session;
        }

        @Override
        public String toString() {
            return "Sessions.Issued[redacted]";
        }
    }

    public Sessions(JdbcPasskeySessionStore store, RandomSource random, Clock clock, Duration idleTimeout,
            Duration absoluteTimeout) {
        this.store = Objects.requireNonNull(store, "store");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (idleTimeout.isNegative() || idleTimeout.isZero() || absoluteTimeout.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("idle timeout must be positive and at most the absolute timeout");
        }
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public Duration absoluteTimeout() {
        return absoluteTimeout;
    }

    /** Issues a new session for {@code user}; {@code restricted} for a recovery session. */
    public Issued issue(UserHandle user, boolean restricted) {
        String id = token();
        String csrf = token();
        Instant now = clock.instant();
        store.purgeExpired(now, idleTimeout); // sessions nobody presents again go with the next sign-in
        Session session = new Session(hash(id), user, hash(csrf), restricted, now, now, now.plus(absoluteTimeout),
                Optional.empty());
        store.insert(session);
        return new Issued(id, csrf, session);
    }

    /**
     * Ends {@code previous} (when present) and issues a new session: the rotation done on every sign-in, so
     * the id the client held before is dead.
     */
    public Issued rotate(Optional<String> previous, UserHandle user, boolean restricted) {
        previous.ifPresent(this::end);
        return issue(user, restricted);
    }

    /** The live session with id {@code id}, its idle clock restarted; empty when unknown or expired. */
    public Optional<Session> resolve(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_PRESENTED_CHARS) {
            return Optional.empty();
        }
        return store.touch(hash(id), clock.instant(), idleTimeout);
    }

    /** Deletes the session with id {@code id}; {@code true} if it existed. */
    public boolean end(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_PRESENTED_CHARS) {
            return false;
        }
        return store.delete(hash(id));
    }

    /** Records {@code stepUp} as {@code session}'s last step-up. */
    public void recordStepUp(Session session, Session.StepUpState stepUp) {
        store.recordStepUp(session.idHash(), stepUp);
    }

    /** Whether {@code presented} is the CSRF token bound to {@code session} (constant-time on the hashes). */
    public static boolean csrfMatches(Session session, String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > MAX_PRESENTED_CHARS) {
            return false;
        }
        return ConstantTime.equal(session.csrfHash().getBytes(StandardCharsets.US_ASCII),
                hash(presented).getBytes(StandardCharsets.US_ASCII));
    }

    /** SHA-256 of a token's UTF-8 bytes, base64url without padding. */
    static String hash(String token) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(SHA256.hash(token.getBytes(StandardCharsets.UTF_8)).bytes());
    }

    private String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random.bytes(ID_BYTES));
    }
}
