package dev.citadel.server.admin;

import dev.citadel.server.http.Bodies;
import dev.citadel.server.http.ProblemException;
import dev.citadel.server.http.ProblemType;
import dev.citadel.server.keys.KeyPurpose;
import dev.citadel.server.keys.ServerKey;
import dev.citadel.server.keys.ServerKeys;
import dev.citadel.server.storage.InstanceMetadataStore;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The admin API, authenticated by scoped API tokens ({@code Authorization: Bearer citadel_…}).
 *
 * <pre>
 * curl -s -H "Authorization: Bearer $CITADEL_ADMIN_TOKEN" http://localhost:8080/admin/tokens
 * curl -s -H "Authorization: Bearer $CITADEL_ADMIN_TOKEN" -H 'Content-Type: application/json' \
 *      -d '{"name":"ci","scopes":["admin:read"]}' http://localhost:8080/admin/tokens
 * curl -s -H "Authorization: Bearer $CITADEL_ADMIN_TOKEN" http://localhost:8080/admin/keys
 * curl -s -X POST -H "Authorization: Bearer $CITADEL_ADMIN_TOKEN" http://localhost:8080/admin/keys/cookie-mac/rotate
 * </pre>
 *
 * <p>Server keys are listed as metadata only; their material never leaves the key ring.
 */
public final class AdminService implements HttpService {

    /** Largest body of a token-creation request. */
    public static final int MAX_CREATE_TOKEN_BODY_BYTES = 4 * 1024;

    private final ApiTokens tokens;
    private final InstanceMetadataStore metadata;
    private final ServerKeys keys;

    public AdminService(ApiTokens tokens, InstanceMetadataStore metadata, ServerKeys keys) {
        this.tokens = tokens;
        this.metadata = metadata;
        this.keys = keys;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/admin/instance", this::instance);
        rules.get("/admin/tokens", this::listTokens);
        rules.post("/admin/tokens", this::createToken);
        rules.delete("/admin/tokens/{id}", this::revokeToken);
        rules.get("/admin/keys", this::listKeys);
        rules.post("/admin/keys/{purpose}/rotate", this::rotateKey);
    }

    /** Body of {@code POST /admin/tokens}. */
    record CreateTokenRequest(String name, List<String> scopes) {}

    private void instance(ServerRequest req, ServerResponse res) {
        authorize(req, Scope.READ);
        Bodies.sendJson(res, 200, metadata.all());
    }

    private void listTokens(ServerRequest req, ServerResponse res) {
        authorize(req, Scope.READ);
        Bodies.sendJson(res, 200, Map.of("tokens", tokens.list().stream().map(AdminService::describe).toList()));
    }

    private void createToken(ServerRequest req, ServerResponse res) {
        authorize(req, Scope.TOKENS);
        CreateTokenRequest body = Bodies.readJson(req, MAX_CREATE_TOKEN_BODY_BYTES, CreateTokenRequest.class);
        IssuedToken issued;
        try {
            issued = tokens.create(body.name(), scopes(body.scopes()));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, e.getMessage());
        }
        Map<String, Object> out = describe(issued.token());
        out.put("token", issued.secret());
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        Bodies.sendJson(res, 201, out);
    }

    private void revokeToken(ServerRequest req, ServerResponse res) {
        authorize(req, Scope.TOKENS);
        String id = req.path().pathParameters().get("id");
        if (!tokens.revoke(id)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no active token with this id");
        }
        res.status(204).send();
    }

    private void listKeys(ServerRequest req, ServerResponse res) {
        authorize(req, Scope.READ);
        Bodies.sendJson(res, 200, Map.of("keys", keys.list().stream().map(AdminService::describe).toList()));
    }

    private void rotateKey(ServerRequest req, ServerResponse res) {
        authorize(req, Scope.KEYS);
        String name = req.path().pathParameters().get("purpose");
        KeyPurpose purpose = KeyPurpose.fromWireName(name).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "no key purpose '" + name + "' (known: " + Arrays.stream(KeyPurpose.values())
                        .map(KeyPurpose::wireName).toList() + ")"));
        Bodies.sendJson(res, 201, describe(keys.rotate(purpose)));
    }

    private void authorize(ServerRequest req, Scope scope) {
        AdminAuthorization.require(tokens, req, scope);
    }

    private static Set<Scope> scopes(List<String> names) {
        if (names == null) {
            throw new IllegalArgumentException("scopes is required");
        }
        Set<Scope> out = EnumSet.noneOf(Scope.class);
        for (String name : names) {
            out.add(Scope.fromWireName(name).orElseThrow(() -> new IllegalArgumentException("unknown scope '" + name
                    + "' (known: " + Arrays.stream(Scope.values()).map(Scope::wireName).toList() + ")")));
        }
        return out;
    }

    private static Map<String, Object> describe(ServerKey k) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", k.id());
        out.put("purpose", k.purpose().wireName());
        out.put("algorithm", k.algorithm().joseName());
        out.put("state", k.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        out.put("createdAt", k.createdAt().toString());
        out.put("activatedAt", k.activatedAt().toString());
        out.put("retireAfter", k.retireAfter().map(Object::toString).orElse(null));
        out.put("retiredAt", k.retiredAt().map(Object::toString).orElse(null));
        return out;
    }

    private static Map<String, Object> describe(ApiToken t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        out.put("name", t.name());
        out.put("scopes", t.scopes().stream().map(Scope::wireName).sorted().toList());
        out.put("createdAt", t.createdAt().toString());
        out.put("lastUsedAt", t.lastUsedAt().map(Object::toString).orElse(null));
        out.put("revokedAt", t.revokedAt().map(Object::toString).orElse(null));
        return out;
    }
}
