package dev.citadel.server.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scrubs what the access log writes: values of sensitive query parameters, e-mail addresses, Citadel API
 * tokens, JWT-shaped strings and long opaque key-like runs. It errs towards hiding.
 */
public final class Redaction {

    /** Query parameter names whose values are never logged (compared case-insensitively, by substring). */
    static final Set<String> SENSITIVE_PARAMETER_PARTS = Set.of("token", "code", "key", "secret", "password",
            "passwd", "session", "cookie", "assertion", "credential", "auth", "signature", "sig", "nonce", "state",
            "email", "mail", "otp", "pin");

    /**
     * Paths whose query string is never logged at all: their routes take secrets (passwords) in bodies and
     * refuse queries, so a query there can only be a client's mistake carrying a secret.
     */
    static final java.util.List<String> QUERY_NEVER_LOGGED_PREFIXES = java.util.List.of("/passwords/");

    /** Opaque runs of at least this many base64url/hex characters are treated as keys or tokens. */
    static final int MIN_OPAQUE_RUN = 24;

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+(@|%40)[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern CITADEL_TOKEN = Pattern.compile("citadel_[A-Za-z0-9_-]+");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.?[A-Za-z0-9_-]*");
    private static final Pattern OPAQUE = Pattern.compile("[A-Za-z0-9_+=-]{" + MIN_OPAQUE_RUN + ",}");

    private Redaction() {}

    /** A request path with e-mail addresses, tokens and key-like segments replaced. */
    public static String path(String rawPath) {
        return scrub(rawPath);
    }

    /** A raw query string with sensitive parameter values replaced and the rest scrubbed. */
    public static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String pair : rawQuery.split("&", -1)) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (eq >= 0 && sensitive(name)) {
                out.append(scrub(name)).append("=[REDACTED]");
            } else {
                out.append(scrub(pair));
            }
        }
        return out.toString();
    }

    /** The query as logged for {@code rawPath}: wholly redacted under {@link #QUERY_NEVER_LOGGED_PREFIXES}. */
    public static String query(String rawPath, String rawQuery) {
        if (rawQuery != null && !rawQuery.isEmpty() && rawPath != null
                && QUERY_NEVER_LOGGED_PREFIXES.stream().anyMatch(rawPath::startsWith)) {
            return "[REDACTED]";
        }
        return query(rawQuery);
    }

    /** Free text (user agents and the like). */
    public static String scrub(String text) {
        if (text == null) {
            return "";
        }
        String s = CITADEL_TOKEN.matcher(text).replaceAll("[TOKEN]");
        s = JWT.matcher(s).replaceAll("[JWT]");
        s = EMAIL.matcher(s).replaceAll("[EMAIL]");
        return OPAQUE.matcher(s).replaceAll("[REDACTED]");
    }

    private static boolean sensitive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SENSITIVE_PARAMETER_PARTS.stream().anyMatch(lower::contains);
    }
}
