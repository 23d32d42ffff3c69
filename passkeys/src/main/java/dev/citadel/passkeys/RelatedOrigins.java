package dev.citadel.passkeys;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.passkeys.PasskeyException.Reason;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Related origin requests (WebAuthn L3 §5.11): origins other than the RP ID's own that may use the RP ID, as listed
 * in the relying party's {@code /.well-known/webauthn} document {@code {"origins": [...]}}. The relying party accepts
 * a client data origin that is listed there.
 *
 * <h2>Security guarantees</h2>
 * The document is fetched through the injected {@link WellKnownFetcher} at most once per {@link #CACHE_TTL}
 * (a failed or malformed fetch is remembered for {@link #FAILURE_TTL}), so responses naming unknown origins cannot
 * make the relying party fetch repeatedly. It is bounded: {@link #MAX_DOCUMENT_BYTES}, {@link #MAX_ORIGINS}. A fetch
 * failure accepts no related origin (fail closed).
 */
public final class RelatedOrigins {

    /** Largest document accepted. */
    public static final int MAX_DOCUMENT_BYTES = 64 * 1024;
    /** Most origins read from the document. */
    public static final int MAX_ORIGINS = 256;
    /** How long a fetched document is used before it is fetched again. */
    public static final Duration CACHE_TTL = Duration.ofHours(1);
    /** How long a failed fetch is remembered before trying again. */
    public static final Duration FAILURE_TTL = Duration.ofMinutes(1);

    private final URI document;
    private final WellKnownFetcher fetcher;
    private final Clock clock;
    private volatile Cached cached;

    private record Cached(Set<String> origins, Instant until) {}

    RelatedOrigins(URI document, WellKnownFetcher fetcher, Clock clock) {
        this.document = Objects.requireNonNull(document, "document");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The document URL of {@code rpId}: {@code https://rpId/.well-known/webauthn}. */
    public static URI documentUrl(String rpId) {
        return URI.create("https://" + rpId + "/.well-known/webauthn");
    }

    /** Parses a document; {@code MALFORMED_RELATED_ORIGINS} unless it is {@code {"origins": [strings]}}. */
    public static Set<String> parse(String document) {
        if (document.length() > MAX_DOCUMENT_BYTES) {
            throw PasskeyException.of(Reason.LIMIT_EXCEEDED, "related-origins document larger than MAX_DOCUMENT_BYTES=" + MAX_DOCUMENT_BYTES);
        }
        Reason r = Reason.MALFORMED_RELATED_ORIGINS;
        JsonNode n = JsonForms.object(JsonForms.read(document, r), "related-origins document", r);
        JsonNode origins = JsonForms.array(n.get("origins"), "origins", r);
        if (origins.size() > MAX_ORIGINS) {
            throw PasskeyException.of(Reason.LIMIT_EXCEEDED, "more than MAX_ORIGINS=" + MAX_ORIGINS + " related origins");
        }
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode o : origins) {
            String origin = JsonForms.text(o, "origin", r);
            try {
                out.add(Origins.requireWebOrigin(origin));
            } catch (IllegalArgumentException e) {
                throw PasskeyException.of(r, e.getMessage(), e);
            }
        }
        return Set.copyOf(out);
    }

    /** Whether the current document lists {@code origin}. */
    boolean contains(String origin) {
        Cached c = cached;
        Instant now = clock.instant();
        if (c == null || !now.isBefore(c.until())) {
            c = refresh(now);
        }
        return c.origins().contains(origin);
    }

    private synchronized Cached refresh(Instant now) {
        Cached c = cached;
        if (c != null && now.isBefore(c.until())) {
            return c;
        }
        try {
            c = new Cached(parse(fetcher.fetch(document)), now.plus(CACHE_TTL));
        } catch (IOException | RuntimeException e) {
            c = new Cached(Set.of(), now.plus(FAILURE_TTL));
        }
        cached = c;
        return c;
    }

    @Override
    public String toString() {
        return "RelatedOrigins[" + document + "]";
    }
}
