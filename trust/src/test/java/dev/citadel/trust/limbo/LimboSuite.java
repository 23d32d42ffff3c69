package dev.citadel.trust.limbo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The x509-limbo suite file ({@code limbo.json}, schema version 1), decoded. */
public record LimboSuite(List<LimboCase> cases) {

    public LimboSuite {
        cases = List.copyOf(cases);
    }

    /** Reads and decodes {@code limbo.json}; refuses other schema versions. */
    public static LimboSuite read(Path file) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = new ObjectMapper().readTree(in);
        }
        if (root == null || !root.has("version") || root.get("version").asInt() != 1 || !root.has("testcases")) {
            throw new IOException(file + " is not an x509-limbo suite (schema version 1)");
        }
        List<LimboCase> cases = new ArrayList<>();
        for (JsonNode t : root.get("testcases")) {
            cases.add(LimboCase.of(t));
        }
        return new LimboSuite(cases);
    }
}
