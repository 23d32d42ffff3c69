package dev.citadel.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citadel.server.RunningServer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /openapi.json} lists exactly the routes the running server's services declare. */
class OpenApiDocumentTest {

    @TempDir
    Path dir;

    @Test
    void documentMatchesDeclaredRoutes() throws Exception {
        try (RunningServer server = RunningServer.start(dir)) {
            var response = server.get("/openapi.json");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode doc = Json.mapper().readTree(response.body());
            assertThat(doc.path("openapi").asText()).startsWith("3.1");

            Set<String> documented = new TreeSet<>();
            doc.path("paths").properties().forEach(p -> p.getValue().properties().forEach(op ->
                    documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey())));
            Set<String> declared = new TreeSet<>();
            server.server.routes().routes().forEach(r -> declared.add(r.method() + " " + r.path()));

            assertThat(documented).isEqualTo(declared);
        }
    }
}
