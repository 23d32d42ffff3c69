package dev.citadel.passkeys.attestation;

import dev.citadel.encoding.Bytes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches a FIDO metadata BLOB; injectable so that tests and air-gapped servers supply their own. */
@FunctionalInterface
public interface MetadataFetcher {

    /** How long one fetch may take. */
    Duration TIMEOUT = Duration.ofSeconds(30);

    /** The bytes at {@code uri}, at most {@link MetadataBlob#MAX_BLOB_BYTES}. */
    Bytes fetch(URI uri) throws IOException;

    /** Fetches over HTTP(S) with {@code client}: status 200 only, the body bounded by {@link MetadataBlob#MAX_BLOB_BYTES}. */
    static MetadataFetcher http(HttpClient client) {
        return uri -> {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted fetching " + uri, e);
            }
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode() + " from " + uri);
                }
                byte[] body = in.readNBytes(MetadataBlob.MAX_BLOB_BYTES + 1);
                if (body.length > MetadataBlob.MAX_BLOB_BYTES) {
                    throw new IOException("metadata BLOB larger than MAX_BLOB_BYTES=" + MetadataBlob.MAX_BLOB_BYTES);
                }
                return Bytes.of(body);
            }
        };
    }
}
