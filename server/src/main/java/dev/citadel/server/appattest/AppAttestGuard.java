package dev.citadel.server.appattest;

import dev.citadel.attest.AssertionResult;
import dev.citadel.attest.AssertionVerifier;
import dev.citadel.attest.AttestException;
import dev.citadel.encoding.Bytes;
import dev.citadel.attest.ClientDataChallenge;
import dev.citadel.attest.KeyId;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.server.config.AppAttestSettings.RequestBinding;
import dev.citadel.server.http.Bodies;
import dev.citadel.server.http.Problem;
import dev.citadel.server.http.ProblemException;
import dev.citadel.server.http.ProblemType;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * The assertion-protected request filter: wraps a route's handler so that it runs only for a request that
 * carries a valid App Attest assertion by a registered key over a fresh, server-issued challenge.
 *
 * <h2>What the app sends</h2>
 * <pre>
 * X-AppAttest-Key-Id:      base64 key id (from DCAppAttestService.generateKey)
 * X-AppAttest-Challenge:   a challenge from POST /appattest/challenges, unused
 * X-AppAttest-Assertion:   base64 of generateAssertion(keyId, clientDataHash: SHA-256(clientData))
 * X-AppAttest-Client-Data: base64 client data (only under the "challenge" binding)
 * </pre>
 * Under the {@code request} binding (the default) the client data is not sent: the server rebuilds it from the
 * request as {@link #canonicalClientData} — the challenge, the method, the path with its query and SHA-256
 * of the body, one per line after the line {@code citadel-appattest-v1} — so the assertion covers exactly
 * this request. Under the {@code challenge} binding the app sends its own client data, which must contain
 * the challenge; WARNING: the method, path and body are then not covered.
 *
 * <h2>Security guarantees</h2>
 * The challenge is consumed (single use, {@link AppAttestService#CHALLENGE_TTL}) before anything else is
 * checked, so a captured request never runs twice; then {@link AssertionVerifier} checks the signature by
 * the stored key, the RP ID, the challenge in the client data, and advances the key's counter by
 * compare-and-set, so a replayed assertion fails even with a new challenge. Any failure answers 401
 * problem+json with a {@code reason}, and the wrapped handler does not run.
 */
public final class AppAttestGuard {

    public static final HeaderName KEY_ID_HEADER = HeaderNames.create("X-AppAttest-Key-Id");
    public static final HeaderName CHALLENGE_HEADER = HeaderNames.create("X-AppAttest-Challenge");
    public static final HeaderName ASSERTION_HEADER = HeaderNames.create("X-AppAttest-Assertion");
    public static final HeaderName CLIENT_DATA_HEADER = HeaderNames.create("X-AppAttest-Client-Data");
    /** Longest App Attest header value accepted (base64 of an assertion is about 250 characters). */
    public static final int MAX_HEADER_CHARS = 8 * 1024;
    /** The first line of the canonical client data. */
    public static final String CANONICAL_VERSION = "citadel-appattest-v1";

    private final AssertionVerifier assertions;
    private final AppAttestChallengeStore challenges;
    private final RequestBinding binding;
    private final Clock clock;

    public AppAttestGuard(AssertionVerifier assertions, AppAttestChallengeStore challenges, RequestBinding binding, Clock clock) {
        this.assertions = Objects.requireNonNull(assertions, "assertions");
        this.challenges = Objects.requireNonNull(challenges, "challenges");
        this.binding = Objects.requireNonNull(binding, "binding");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code next} behind the guard; the body is read up to {@code maxBodyBytes} (413 beyond). */
    public Handler protect(int maxBodyBytes, ProtectedHandler next) {
        return (req, res) -> next.handle(req, res, verify(req, Bodies.readBounded(req, maxBodyBytes)));
    }

    /** Verifies the request's assertion over {@code body}; a {@link ProblemException} (401) otherwise. */
    VerifiedAppRequest verify(ServerRequest req, byte[] body) {
        KeyId keyId;
        byte[] assertion;
        try {
            keyId = KeyId.fromBase64(header(req, KEY_ID_HEADER));
            assertion = Base64.getDecoder().decode(header(req, ASSERTION_HEADER));
        } catch (IllegalArgumentException e) {
            throw refused("malformed-assertion-headers", KEY_ID_HEADER.defaultCase() + " and " + ASSERTION_HEADER.defaultCase()
                    + " must be base64 (a 32-byte key id; an assertion)");
        }
        String challenge = header(req, CHALLENGE_HEADER);
        byte[] clientData;
        ClientDataChallenge check;
        byte[] challengeBytes = challenge.getBytes(StandardCharsets.UTF_8);
        if (binding == RequestBinding.REQUEST) {
            clientData = canonicalClientData(challenge, req.prologue().method().text(), pathAndQuery(req), body);
            check = ClientDataChallenge.equalTo(clientData);
        } else {
            try {
                clientData = Base64.getDecoder().decode(header(req, CLIENT_DATA_HEADER));
            } catch (IllegalArgumentException e) {
                throw refused("malformed-assertion-headers", CLIENT_DATA_HEADER.defaultCase() + " must be base64");
            }
            check = ClientDataChallenge.contains(challengeBytes);
        }
        if (!challenges.consume(challenge, clock.instant())) {
            throw refused("unknown-challenge", "the challenge was not issued by this server, was used already, or expired");
        }
        AssertionResult result;
        try {
            result = assertions.verify(keyId, assertion, clientData, check);
        } catch (AttestException e) {
            throw refused(AppAttestService.wire(e.reason()), e.getMessage());
        }
        return new VerifiedAppRequest(result.keyId(), result.counter(), Bytes.of(body));
    }

    /**
     * The client data an app signs under the {@code request} binding, UTF-8:
     * {@code citadel-appattest-v1\n<challenge>\n<METHOD>\n<path?query>\n<base64url(SHA-256(body)), unpadded>}.
     */
    public static byte[] canonicalClientData(String challenge, String method, String pathAndQuery, byte[] body) {
        String digest = Base64.getUrlEncoder().withoutPadding().encodeToString(SHA256.hash(body).bytes());
        return String.join("\n", CANONICAL_VERSION, challenge, method, pathAndQuery, digest).getBytes(StandardCharsets.UTF_8);
    }

    private static String pathAndQuery(ServerRequest req) {
        String query = req.query().rawValue();
        return req.path().rawPath() + (query.isEmpty() ? "" : "?" + query);
    }

    private static String header(ServerRequest req, HeaderName name) {
        String value = req.headers().first(name).orElseThrow(() -> refused("assertion-missing",
                "send " + KEY_ID_HEADER.defaultCase() + ", " + CHALLENGE_HEADER.defaultCase() + " and " + ASSERTION_HEADER.defaultCase()));
        if (value.length() > MAX_HEADER_CHARS) {
            throw refused("malformed-assertion-headers", name.defaultCase() + " is longer than " + MAX_HEADER_CHARS + " characters");
        }
        return value.strip();
    }

    private static ProblemException refused(String reason, String detail) {
        return new ProblemException(Problem.of(ProblemType.UNAUTHORIZED, detail).with("reason", reason),
                Map.of(HeaderNames.WWW_AUTHENTICATE_NAME, "AppAttest"));
    }
}
