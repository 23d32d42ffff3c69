package dev.citadel.server.appattest;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.citadel.attest.AttestException;
import dev.citadel.attest.AttestationResult;
import dev.citadel.attest.AttestationVerifier;
import dev.citadel.attest.ClientDataHash;
import dev.citadel.attest.KeyId;
import dev.citadel.cryptokit.RandomSource;
import dev.citadel.server.http.Bodies;
import dev.citadel.server.http.Problem;
import dev.citadel.server.http.ProblemException;
import dev.citadel.server.http.ProblemType;
import dev.citadel.server.storage.JdbcAttestedKeyStore;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * App Attest for the apps of one App ID: challenges, and registration of attested keys. Routes that apps
 * call with assertions are protected by {@link AppAttestGuard} (the DeviceCheck device-token route is, when
 * App Attest is configured).
 *
 * <pre>
 * curl -s -X POST http://localhost:8080/appattest/challenges
 *   → 201 {"challenge":"…","expires_at":"…"}
 * curl -s -H 'Content-Type: application/json' \
 *      -d '{"key_id":"…","challenge":"…","attestation":"…base64 CBOR…"}' http://localhost:8080/appattest/keys
 *   → 201 {"key_id":"…","app_id":"…","environment":"production","counter":0,…}
 * </pre>
 *
 * <h2>Security guarantees</h2>
 * A challenge is 256 random bits, stored (as its SHA-256) until consumed or {@link #CHALLENGE_TTL} passes,
 * and consumed by the first registration or request that presents it, whether that verifies or not. A key
 * is stored only when {@link AttestationVerifier} accepted its attestation with clientDataHash = SHA-256 of
 * the challenge's UTF-8 bytes; key, counter 0 and receipt are written in one statement, and a key id is
 * registered once (a second attestation never resets the counter). Failures are problem+json with a
 * {@code reason} (App Attest's reason in lower-case words, e.g. {@code nonce-mismatch}).
 *
 * <h2>Does not</h2>
 * Rate-limit challenge issuance (put the server behind a proxy that does); refresh receipts.
 */
public final class AppAttestService implements HttpService {

    /** How long an issued challenge stays usable. */
    public static final Duration CHALLENGE_TTL = Duration.ofMinutes(5);
    /** Random bytes in a challenge (sent as unpadded base64url, 43 characters). */
    public static final int CHALLENGE_BYTES = 32;
    /** Largest registration body: base64 of an attestation object of {@link AttestationVerifier#MAX_OBJECT_BYTES}, and JSON. */
    public static final int MAX_REGISTRATION_BODY_BYTES = 96 * 1024;
    /** Longest challenge accepted in a registration. */
    public static final int MAX_CHALLENGE_CHARS = 256;
    /** Attempts to store a fresh challenge before giving up (a collision of 256-bit values does not happen). */
    static final int MAX_ISSUE_ATTEMPTS = 3;

    private final Optional<Configured> configured;
    private final AppAttestChallengeStore challenges;
    private final RandomSource random;
    private final Clock clock;

    /** What the service needs when App Attest is configured. */
    public record Configured(AttestationVerifier attestations, JdbcAttestedKeyStore keys) {}

    public AppAttestService(Optional<Configured> configured, AppAttestChallengeStore challenges, RandomSource random, Clock clock) {
        this.configured = configured;
        this.challenges = challenges;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/appattest/challenges", this::issueChallenge);
        rules.post("/appattest/keys", this::registerKey);
    }

    /** Body of {@code POST /appattest/keys}. */
    record RegisterRequest(@JsonProperty("key_id") String keyId, String challenge, String attestation) {}

    private void issueChallenge(ServerRequest req, ServerResponse res) {
        requireConfigured();
        Instant now = clock.instant();
        Instant expires = now.plus(CHALLENGE_TTL);
        challenges.purgeExpired(now);
        for (int attempt = 0; attempt < MAX_ISSUE_ATTEMPTS; attempt++) {
            byte[] bytes = new byte[CHALLENGE_BYTES];
            random.nextBytes(bytes);
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (challenges.issue(challenge, expires)) {
                res.header(HeaderNames.CACHE_CONTROL, "no-store");
                Bodies.sendJson(res, 201, Map.of("challenge", challenge, "expires_at", expires.toString()));
                return;
            }
        }
        throw new IllegalStateException("could not store a fresh challenge in " + MAX_ISSUE_ATTEMPTS + " attempts");
    }

    private void registerKey(ServerRequest req, ServerResponse res) {
        Configured c = requireConfigured();
        RegisterRequest body = Bodies.readJson(req, MAX_REGISTRATION_BODY_BYTES, RegisterRequest.class);
        if (body.keyId() == null || body.challenge() == null || body.attestation() == null) {
            throw invalid("missing-field", "key_id, challenge and attestation are required");
        }
        if (body.challenge().isEmpty() || body.challenge().length() > MAX_CHALLENGE_CHARS) {
            throw invalid("malformed-challenge", "a challenge is 1 to " + MAX_CHALLENGE_CHARS + " characters");
        }
        KeyId keyId;
        byte[] object;
        try {
            keyId = KeyId.fromBase64(body.keyId());
            object = Base64.getDecoder().decode(body.attestation());
        } catch (IllegalArgumentException e) {
            throw invalid("malformed-field", "key_id must be base64 of 32 bytes and attestation base64");
        }
        if (!challenges.consume(body.challenge(), clock.instant())) {
            throw invalid("unknown-challenge", "the challenge was not issued by this server, was used already, or expired");
        }
        AttestationResult result;
        try {
            result = c.attestations().verify(keyId, object,
                    ClientDataHash.sha256Of(body.challenge().getBytes(StandardCharsets.UTF_8)));
        } catch (AttestException e) {
            throw invalid(wire(e.reason()), e.getMessage());
        }
        if (!c.keys().register(result.toAttestedKey(), result.receipt().raw())) {
            throw new ProblemException(Problem.of(ProblemType.CONFLICT, "key " + keyId + " is already registered")
                    .with("reason", "key-already-registered"), Map.of());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key_id", keyId.base64());
        out.put("app_id", result.appId().value());
        out.put("environment", result.environment().name().toLowerCase(Locale.ROOT));
        out.put("counter", result.counter());
        out.put("receipt_created_at", result.receipt().creationTime().toString());
        result.extensions().validationCategory().ifPresent(v -> out.put("validation_category", v.value()));
        result.extensions().bundleVersion().ifPresent(v -> out.put("bundle_version", v));
        Bodies.sendJson(res, 201, out);
    }

    private Configured requireConfigured() {
        return configured.orElseThrow(() -> new ProblemException(Problem.of(ProblemType.NOT_FOUND,
                "App Attest is not configured on this server (set appattest.app-id)").with("reason", "appattest-not-configured"), Map.of()));
    }

    private static ProblemException invalid(String reason, String detail) {
        return new ProblemException(Problem.of(ProblemType.VALIDATION_FAILED, detail).with("reason", reason), Map.of());
    }

    /** A reason as it appears on the wire: lower case, words joined by {@code -}. */
    static String wire(Enum<?> reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
