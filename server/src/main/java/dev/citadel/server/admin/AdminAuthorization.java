package dev.citadel.server.admin;

import dev.citadel.server.http.Problem;
import dev.citadel.server.http.ProblemException;
import dev.citadel.server.http.ProblemType;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.Map;

/**
 * Admin-token authorization for any service's admin routes: 401 with a {@code WWW-Authenticate} challenge
 * for a missing or invalid token, 403 naming the scope when the token lacks it (RFC 6750 §3).
 */
public final class AdminAuthorization {

    private AdminAuthorization() {}

    /** The token on {@code request} if it carries {@code scope}; throws a {@link ProblemException} otherwise. */
    public static ApiToken require(ApiTokens tokens, ServerRequest request, Scope scope) {
        try {
            return tokens.authenticate(request.headers().first(HeaderNames.AUTHORIZATION), scope);
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
}
