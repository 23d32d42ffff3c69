package dev.citadel.passwords;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where users change their password: the W3C "A Well-Known URL for Changing Passwords"
 * ({@code /.well-known/change-password}, which a site answers with a redirect to its change-password page),
 * and a lookup table for sites that do not serve it (the {@code change-password-URLs.json} quirks of
 * apple/password-manager-resources: domain → URL).
 *
 * <p>A table entry for {@code example.com} covers {@code example.com} and every subdomain; the longest
 * matching entry wins.
 */
public final class ChangePasswordUrls {

    /** The well-known path a site redirects from. */
    public static final String WELL_KNOWN_PATH = "/.well-known/change-password";
    /** Labels walked up at most: bounds the lookup for hostile host names. */
    static final int MAX_LABELS = 32;

    private final Map<String, URI> byDomain;

    private ChangePasswordUrls(Map<String, URI> byDomain) {
        this.byDomain = Map.copyOf(byDomain);
    }

    /** A table from domain → change-password URL (https only). */
    public static ChangePasswordUrls of(Map<String, String> table) {
        Map<String, URI> out = new HashMap<>();
        table.forEach((domain, url) -> {
            URI uri = URI.create(url);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("change-password URL for " + domain + " is not an https URL");
            }
            out.put(domain.toLowerCase(Locale.ROOT), uri);
        });
        return new ChangePasswordUrls(out);
    }

    /** The well-known URL of an https origin's host: {@code https://host/.well-known/change-password}. */
    public static URI wellKnown(String host) {
        return URI.create("https://" + host.toLowerCase(Locale.ROOT) + WELL_KNOWN_PATH);
    }

    /** The change-password page for {@code host} from the table, if the host or a parent domain is listed. */
    public Optional<URI> lookup(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        for (int i = 0; i < MAX_LABELS && !h.isEmpty(); i++) {
            URI found = byDomain.get(h);
            if (found != null) {
                return Optional.of(found);
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                break;
            }
            h = h.substring(dot + 1);
        }
        return Optional.empty();
    }

    /** Where to send a user of {@code host}: the table's page if listed, else the well-known URL. */
    public URI changePasswordPage(String host) {
        return lookup(host).orElseGet(() -> wellKnown(host));
    }

    public int size() {
        return byDomain.size();
    }
}
