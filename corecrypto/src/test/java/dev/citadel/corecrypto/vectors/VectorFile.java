package dev.citadel.corecrypto.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citadel.testing.Vectors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A vector file read from the shared vectors (never copied into the repository): every test with its
 * group, in file order. Its {@code toString} is the test name, so the counts show in the report.
 */
public record VectorFile(String name, List<VectorCase> cases) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public VectorFile {
        cases = List.copyOf(cases);
    }

    /** {@code wycheproof/testvectors_v1/<file>}. */
    public static VectorFile wycheproof(String file) {
        return of(file, read(Vectors.resolve("wycheproof/testvectors_v1/" + file)));
    }

    /**
     * {@code acvp/acvp/<dir>}: {@code internalProjection.json.gz}, or {@code prompt.json.gz} with the
     * answers of {@code expectedResults.json.gz} merged into each test by tgId and tcId.
     */
    public static VectorFile acvp(String dir) {
        Path base = Vectors.resolve("acvp/acvp/" + dir);
        Path projection = base.resolve("internalProjection.json.gz");
        if (Files.exists(projection)) {
            return of(dir, read(projection));
        }
        JsonNode prompt = read(base.resolve("prompt.json.gz"));
        JsonNode expected = read(base.resolve("expectedResults.json.gz"));
        Map<Integer, JsonNode> answers = new HashMap<>();
        for (JsonNode g : expected.get("testGroups")) {
            for (JsonNode t : g.get("tests")) {
                answers.put(t.get("tcId").asInt(), t);
            }
        }
        for (JsonNode g : prompt.get("testGroups")) {
            for (JsonNode t : g.get("tests")) {
                JsonNode a = answers.get(t.get("tcId").asInt());
                if (a != null) {
                    ((ObjectNode) t).setAll((ObjectNode) a);
                }
            }
        }
        return of(dir, prompt);
    }

    private static VectorFile of(String name, JsonNode root) {
        List<VectorCase> cases = new ArrayList<>();
        for (JsonNode g : root.get("testGroups")) {
            for (JsonNode t : g.get("tests")) {
                cases.add(new VectorCase(name, g, t));
            }
        }
        return new VectorFile(name, cases);
    }

    private static JsonNode read(Path file) {
        try (InputStream in = Vectors.open(file)) {
            JsonNode root = JSON.readTree(in);
            return root.isArray() ? root.get(root.size() - 1) : root; // some ACVP files wrap [header, body]
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public VectorFile filter(Predicate<VectorCase> keep) {
        return new VectorFile(name, cases.stream().filter(keep).toList());
    }

    @Override
    public String toString() {
        return name + " (" + cases.size() + " cases)";
    }
}
