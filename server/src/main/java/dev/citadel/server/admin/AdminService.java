package dev.citadel.server.admin;

import dev.citadel.server.http.Bodies;
import dev.citadel.server.http.Problem;
import dev.citadel.server.http.ProblemException;
import dev.citadel.server.http.ProblemType;
import dev.citadel.server.storage.InstanceMetadataStore;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
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
 * </pre>
 */
public final class AdminService implements HttpService {

    /** Largest body of a token-creation request. */
    public static final int MAX_CREATE_TOKEN_BODY_BYTES = 4 * 1024;

    private final ApiTokens tokens;
    private final InstanceMetadataStore metadata;

    public AdminService(ApiTokens tokens, InstanceMetadataStore metadata) {
        this.tokens = tokens;
        this.metadata = metadata;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/admin/instance", this::instance);
        rules.get("/admin/tokens", this::listTokens);
        rules.post("/admin/tokens", this::createToken);
        rules.delete("/admin/tokens/{id}", this::revokeToken);
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

    private void authorize(ServerRequest req, Scope scope) {
        try {
            tokens.authenticate(req.headers().first(HeaderNames.AUTHORIZATION), scope);
        } catch (AdminAuthException e) {
            if (e.reason() == AdminAuthException.Reason.INSUFFICIENT_SCOPE) {
                throw new ProblemException(Problem.of(ProblemType.FORBIDDEN, e.getMessage()), Map.of(
                        HeaderNames.WWW_AUTHENTICATE_NAME, "Bearer realm=\"citadel-admin\", error=\"insufficient_scope\", scope=\""
                                + scope.wireName() + "\""));
            }
            String challenge = e.reason() == AdminAuthException.Reason.MISSING ? "Bearer realm=\"citadel-admin\""
                    : "Bearer realm=\"citadel-admin\", error=\"invalid_token\"";
            throw new ProblemException(Problem.of(ProblemType.UNAUTHORIZED, e.getMessage()),
                    Map.of(HeaderNames.WWW_AUTHENTICATE_NAME, challenge));
        }
    }

    private static Set<Scope> scopes(List<String> names) {
        if (names == null) {
            throw new IllegalArgumentException("scopes is required");
        }
        Set<Scope> out = EnumSet.noneOf(Scope.class);
        for (String name : names) {
            out.add(Scope.fromWireName(name).orElseThrow(() -> new IllegalArgumentException("unknown scope '" + name
                    + "' (known: admin:read, admin:tokens)")));
        }
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
