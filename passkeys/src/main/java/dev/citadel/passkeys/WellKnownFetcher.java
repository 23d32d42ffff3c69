package dev.citadel.passkeys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Fetches a relying party's related-origins document ({@code https://RP-ID/.well-known/webauthn}, WebAuthn L3 §5.11).
 * Injected so that tests and deployments without outbound HTTP can supply the document themselves.
 */
@FunctionalInterface
public interface WellKnownFetcher {

    /** The document's body, at most {@link RelatedOrigins#MAX_DOCUMENT_BYTES} bytes; throws on any failure. */
    String fetch(URI uri) throws IOException;

    /** A fetcher over the JDK HTTP client: GET, {@code timeout}, redirects refused, body bounded, status 200 only. */
    static WellKnownFetcher http(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        return uri -> {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET().build();
            try {
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    if (response.statusCode() != 200) {
                        throw new IOException(uri + " answered " + response.statusCode());
                    }
                    byte[] body = in.readNBytes(RelatedOrigins.MAX_DOCUMENT_BYTES + 1);
                    if (body.length > RelatedOrigins.MAX_DOCUMENT_BYTES) {
                        throw new IOException(uri + " is larger than MAX_DOCUMENT_BYTES=" + RelatedOrigins.MAX_DOCUMENT_BYTES);
                    }
                    return new String(body, StandardCharsets.UTF_8);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        };
    }
}
