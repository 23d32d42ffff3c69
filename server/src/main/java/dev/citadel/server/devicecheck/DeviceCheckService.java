package dev.citadel.server.devicecheck;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.citadel.attest.devicecheck.AuthenticatedTeam;
import dev.citadel.attest.devicecheck.BitStateStore;
import dev.citadel.attest.devicecheck.CitadelDeviceCheck;
import dev.citadel.attest.devicecheck.DeviceCheckException;
import dev.citadel.attest.devicecheck.IssuedDeviceToken;
import dev.citadel.attest.devicecheck.StoredBits;
import dev.citadel.attest.devicecheck.TeamKey;
import dev.citadel.attest.devicecheck.TeamKeyStore;
import dev.citadel.cryptokit.RandomSource;
import dev.citadel.server.admin.AdminAuthorization;
import dev.citadel.server.appattest.AppAttestGuard;
import dev.citadel.server.admin.ApiTokens;
import dev.citadel.server.admin.Scope;
import dev.citadel.server.http.Bodies;
import dev.citadel.server.http.Problem;
import dev.citadel.server.http.ProblemException;
import dev.citadel.server.http.ProblemType;
import dev.citadel.server.keys.ServerKeys;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Citadel's DeviceCheck-compatible service over HTTP: Apple's three endpoints under {@code /devicecheck/v1/},
 * device-token issuance for app instances, and the admin routes that register team keys.
 *
 * <pre>
 * curl -s -X POST -H "Authorization: Bearer $CITADEL_ADMIN_TOKEN" -H 'Content-Type: application/json' \
 *      -d "{\"keyId\":\"KEY1234567\",\"publicKey\":\"$(cat team-key.pub.pem)\"}" \
 *      http://localhost:8080/admin/devicecheck/teams/A1B2C3D4E5/keys
 * curl -s -H 'Content-Type: application/json' -d '{"team_id":"A1B2C3D4E5"}' http://localhost:8080/devicecheck/device-tokens
 * curl -s -H "Authorization: Bearer $JWT" -d "{\"device_token\":\"$TOKEN\",\"transaction_id\":\"t-1\",\"timestamp\":$(date +%s000)}" \
 *      http://localhost:8080/devicecheck/v1/query_two_bits
 * </pre>
 *
 * <h2>Errors</h2>
 * The three Apple endpoints answer as Apple does, so existing DeviceCheck clients work unchanged: 200 with
 * the JSON bits, 200 with the plain text "Failed to find bit state", plain-text 400 and 401 bodies with
 * Apple's sentences. An {@code X-Citadel-Reason} header adds the machine-readable reason. Everything
 * that is not Apple's protocol (bodies over the limit, issuance, admin routes, 404/405) is problem+json.
 *
 * <h2>Token issuance</h2>
 * {@code POST /devicecheck/device-tokens} gives a token for a registered team (a new app instance, or the
 * same one when it presents its previous token). When App Attest is configured ({@code appattest.app-id})
 * the route is behind {@link AppAttestGuard}: only a request signed by an attested key of the app, over a
 * fresh challenge, gets a token. Without App Attest it is open to any caller.
 */
public final class DeviceCheckService implements HttpService {

    /** Largest body of the Apple endpoints (Citadel's tokens are 144 characters; Apple's a few KiB). */
    public static final int MAX_COMPATIBLE_BODY_BYTES = 8 * 1024;
    /** Largest body of a device-token request. */
    public static final int MAX_ISSUE_BODY_BYTES = 1024;
    /** Largest body of a team-key registration (a PEM P-256 public key is ~180 bytes). */
    public static final int MAX_TEAM_KEY_BODY_BYTES = 4 * 1024;
    /** The header naming the reason of a refusal on the Apple endpoints. */
    public static final String REASON_HEADER = "X-Citadel-Reason";

    private static final String BIT_STATE_NOT_FOUND = "Failed to find bit state";
    private static final String TEXT = "text/plain; charset=utf-8";

    private final CitadelDeviceCheck deviceCheck;
    private final ApiTokens tokens;
    private final Optional<AppAttestGuard> appAttest;

    /** {@code appAttest}, when present, guards device-token issuance. */
    public DeviceCheckService(CitadelDeviceCheck deviceCheck, ApiTokens tokens, Optional<AppAttestGuard> appAttest) {
        this.deviceCheck = deviceCheck;
        this.tokens = tokens;
        this.appAttest = appAttest;
    }

    /** The service on the server's stores and key ring; issuance behind {@code appAttest} when present. */
    public static DeviceCheckService create(TeamKeyStore teamKeys, BitStateStore bits, ServerKeys keys, ApiTokens tokens,
            Clock clock, Optional<AppAttestGuard> appAttest) {
        return new DeviceCheckService(new CitadelDeviceCheck(teamKeys, bits, new ServerDeviceTokenKeys(keys), clock,
                RandomSource.system()), tokens, appAttest);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/devicecheck/v1/query_two_bits", this::queryTwoBits);
        rules.post("/devicecheck/v1/update_two_bits", this::updateTwoBits);
        rules.post("/devicecheck/v1/validate_device_token", this::validateDeviceToken);
        if (appAttest.isPresent()) {
            rules.post("/devicecheck/device-tokens", appAttest.get().protect(MAX_ISSUE_BODY_BYTES,
                    (req, res, verified) -> issueDeviceToken(req, res, verified.body().toByteArray())));
        } else {
            rules.post("/devicecheck/device-tokens", (req, res) -> issueDeviceToken(req, res,
                    Bodies.readBounded(req, MAX_ISSUE_BODY_BYTES)));
        }
        rules.get("/admin/devicecheck/teams/{team}/keys", this::listTeamKeys);
        rules.post("/admin/devicecheck/teams/{team}/keys", this::registerTeamKey);
        rules.delete("/admin/devicecheck/teams/{team}/keys/{key}", this::removeTeamKey);
    }

    /** Body of {@code POST /devicecheck/device-tokens}. */
    record IssueRequest(@JsonProperty("team_id") String teamId, @JsonProperty("device_token") String deviceToken) {}

    /** Body of {@code POST /admin/devicecheck/teams/{team}/keys}. */
    record RegisterKeyRequest(String keyId, String publicKey) {}

    private void queryTwoBits(ServerRequest req, ServerResponse res) {
        AuthenticatedTeam team;
        Optional<StoredBits> bits;
        try {
            team = deviceCheck.authenticate(req.headers().first(HeaderNames.AUTHORIZATION));
            bits = deviceCheck.queryTwoBits(team, Bodies.readBounded(req, MAX_COMPATIBLE_BODY_BYTES));
        } catch (DeviceCheckException e) {
            refuse(res, e);
            return;
        }
        if (bits.isEmpty()) {
            text(res, 200, BIT_STATE_NOT_FOUND);
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bit0", bits.get().bit0());
        out.put("bit1", bits.get().bit1());
        out.put("last_update_time", bits.get().lastUpdateTime().toString());
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Bodies.sendJson(res, 200, out);
    }

    private void updateTwoBits(ServerRequest req, ServerResponse res) {
        try {
            AuthenticatedTeam team = deviceCheck.authenticate(req.headers().first(HeaderNames.AUTHORIZATION));
            deviceCheck.updateTwoBits(team, Bodies.readBounded(req, MAX_COMPATIBLE_BODY_BYTES));
        } catch (DeviceCheckException e) {
            refuse(res, e);
            return;
        }
        text(res, 200, "");
    }

    private void validateDeviceToken(ServerRequest req, ServerResponse res) {
        try {
            AuthenticatedTeam team = deviceCheck.authenticate(req.headers().first(HeaderNames.AUTHORIZATION));
            deviceCheck.validateDeviceToken(team, Bodies.readBounded(req, MAX_COMPATIBLE_BODY_BYTES));
        } catch (DeviceCheckException e) {
            refuse(res, e);
            return;
        }
        text(res, 200, "");
    }

    private void issueDeviceToken(ServerRequest req, ServerResponse res, byte[] content) {
        IssueRequest body = Bodies.parseJson(req, content, IssueRequest.class);
        if (body.teamId() == null) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "team_id is required");
        }
        IssuedDeviceToken issued;
        try {
            issued = deviceCheck.issueDeviceToken(body.teamId(), Optional.ofNullable(body.deviceToken()));
        } catch (DeviceCheckException e) {
            throw problem(e);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("device_token", issued.deviceToken());
        out.put("instance_id", issued.instanceId());
        out.put("issued_at", issued.issuedAt().toString());
        out.put("expires_at", issued.expiresAt().toString());
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Bodies.sendJson(res, 201, out);
    }

    private void listTeamKeys(ServerRequest req, ServerResponse res) {
        AdminAuthorization.require(tokens, req, Scope.READ);
        try {
            String team = req.path().pathParameters().get("team");
            Bodies.sendJson(res, 200, Map.of("keys", deviceCheck.teamKeys(team).stream().map(DeviceCheckService::describe).toList()));
        } catch (DeviceCheckException e) {
            throw problem(e);
        }
    }

    private void registerTeamKey(ServerRequest req, ServerResponse res) {
        AdminAuthorization.require(tokens, req, Scope.DEVICECHECK);
        RegisterKeyRequest body = Bodies.readJson(req, MAX_TEAM_KEY_BODY_BYTES, RegisterKeyRequest.class);
        if (body.keyId() == null || body.publicKey() == null) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "keyId and publicKey are required");
        }
        try {
            Bodies.sendJson(res, 201, describe(deviceCheck.registerTeamKey(req.path().pathParameters().get("team"),
                    body.keyId(), body.publicKey())));
        } catch (DeviceCheckException e) {
            throw problem(e);
        }
    }

    private void removeTeamKey(ServerRequest req, ServerResponse res) {
        AdminAuthorization.require(tokens, req, Scope.DEVICECHECK);
        boolean removed;
        try {
            removed = deviceCheck.removeTeamKey(req.path().pathParameters().get("team"), req.path().pathParameters().get("key"));
        } catch (DeviceCheckException e) {
            throw problem(e);
        }
        if (!removed) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no such key for this team");
        }
        res.status(204).send();
    }

    /** Apple's answer for a refusal: its status and sentence as plain text, plus our reason header. */
    private static void refuse(ServerResponse res, DeviceCheckException e) {
        AppleAnswer answer = AppleAnswer.of(e.reason()).orElseThrow(() -> e); // not Apple's protocol: the error mapper
        res.header(REASON_HEADER, wire(e.reason()));
        text(res, answer.status(), answer.text());
    }

    private static void text(ServerResponse res, int status, String body) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, TEXT);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send(body.getBytes(StandardCharsets.UTF_8));
    }

    private static ProblemException problem(DeviceCheckException e) {
        ProblemType type = switch (e.reason()) {
            case UNKNOWN_TEAM -> ProblemType.NOT_FOUND;
            case KEY_ALREADY_REGISTERED -> ProblemType.CONFLICT;
            case INVALID_KEY, INVALID_ARGUMENT, BAD_DEVICE_TOKEN -> ProblemType.VALIDATION_FAILED;
            default -> throw e; // a server fault: the error mapper answers 500 with an incident id
        };
        return new ProblemException(Problem.of(type, e.getMessage()).with("reason", wire(e.reason())), Map.of());
    }

    private static Map<String, Object> describe(TeamKey key) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("teamId", key.teamId());
        out.put("keyId", key.keyId());
        out.put("publicKey", key.publicKey().pemRepresentation());
        out.put("registeredAt", key.registeredAt().toString());
        return out;
    }

    private static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
