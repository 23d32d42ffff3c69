package dev.citadel.server.openapi;

import dev.citadel.server.http.Cors;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 document of the server's API. The document is a resource
 * ({@code openapi.json}); a test keeps it equal to the routes the services declare. Readable cross-origin so
 * API viewers can load it.
 */
public final class OpenApiService implements HttpService {

    /** Classpath location of the document. */
    public static final String RESOURCE = "/dev/citadel/server/openapi/openapi.json";

    private final byte[] document;

    public OpenApiService() {
        this.document = load();
    }

    public static byte[] load() {
        try (InputStream in = OpenApiService.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " in the server jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/openapi.json", Cors.publicRead(this::document));
    }

    private void document(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(document);
    }
}
