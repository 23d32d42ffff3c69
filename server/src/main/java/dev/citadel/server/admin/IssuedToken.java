package dev.citadel.server.admin;

/**
 * A newly created token together with its secret string, which exists only here and in the one response
 * that shows it. {@code toString} hides the secret.
 */
public record IssuedToken(ApiToken token, String secret) {
    @Override
    public String toString() {
        return "IssuedToken[" + token + ", secret=[REDACTED]]";
    }
}
