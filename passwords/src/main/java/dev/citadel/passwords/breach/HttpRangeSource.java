package dev.citadel.passwords.breach;

import dev.citadel.passwords.BreachCheckException;
import dev.citadel.passwords.BreachCheckException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Range queries over HTTP: {@code GET {base}/range/{prefix}} answered by {@code SUFFIX:COUNT} lines, as Pwned
 * Passwords serves them. With padding on, the request carries {@code Add-Padding: true} and the service
 * pads every range with zero-count entries so that response sizes do not hint at the prefix.
 *
 * <h2>Security guarantees</h2>
 * Only the 5-character prefix leaves the process (in the path); no password, hash or suffix is sent. The
 * response is bounded ({@link #MAX_RESPONSE_BYTES}) and parsed strictly. Redirects are not followed.
 *
 * <h2>Does not</h2>
 * Cache ranges, or retry: a failure is a {@link BreachCheckException} ({@code UNAVAILABLE}), never "safe".
 */
public final class HttpRangeSource implements RangeSource {

    /** The public Pwned Passwords range API. */
    public static final URI DEFAULT_BASE = URI.create("https://api.pwnedpasswords.com");
    /** Largest response read: real ranges are about 40 KB with padding. */
    public static final int MAX_RESPONSE_BYTES = 1024 * 1024;
    /** Default limit for connecting and for the whole exchange. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final URI base;
    private final Duration timeout;
    private final boolean padding;
    private final HttpClient client;

    /**
     * @param base    service root, e.g. {@link #DEFAULT_BASE}; {@code /range/XXXXX} is appended
     * @param timeout connect and request timeout
     * @param padding send {@code Add-Padding: true}
     */
    public HttpRangeSource(URI base, Duration timeout, boolean padding) {
        this.base = Objects.requireNonNull(base, "base");
        if (!"https".equals(base.getScheme()) && !"http".equals(base.getScheme())) {
            throw new IllegalArgumentException("the range service URL must be http or https");
        }
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.padding = padding;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The public service, padded, with the default timeout. */
    public static HttpRangeSource pwnedPasswords() {
        return new HttpRangeSource(DEFAULT_BASE, DEFAULT_TIMEOUT, true);
    }

    @Override
    public RangeResponse range(HashPrefix prefix) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + "range/" + prefix.value()))
                .timeout(timeout).header("User-Agent", "citadel").GET();
        if (padding) {
            request.header("Add-Padding", "true");
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new BreachCheckException(Reason.UNAVAILABLE, "range service unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BreachCheckException(Reason.UNAVAILABLE, "interrupted", e);
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new BreachCheckException(Reason.UNAVAILABLE, "range service answered " + response.statusCode(), null);
            }
            byte[] body = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            if (body.length > MAX_RESPONSE_BYTES) {
                throw new BreachCheckException(Reason.RESPONSE_TOO_LARGE, "range larger than " + MAX_RESPONSE_BYTES + " bytes", null);
            }
            return RangeResponse.parse(new String(body, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new BreachCheckException(Reason.UNAVAILABLE, "range response could not be read", e);
        }
    }
}
