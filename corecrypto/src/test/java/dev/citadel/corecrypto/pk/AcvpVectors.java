package dev.citadel.corecrypto.pk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citadel.testing.Vectors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Reads NIST ACVP vector sets ({@code acvp/acvp/<ALG>/}): {@code internalProjection.json.gz} (prompts and
 * answers together) or, where absent, {@code prompt.json.gz} merged with {@code expectedResults.json.gz}.
 */
public final class AcvpVectors {

    public static final String DIR = "acvp/acvp";

    private AcvpVectors() {}

    public static JsonNode read(String algorithm) {
        var internal = Vectors.resolve(DIR + "/" + algorithm + "/internalProjection.json.gz");
        if (Files.exists(internal)) {
            return parse(algorithm + "/internalProjection.json.gz");
        }
        JsonNode prompt = parse(algorithm + "/prompt.json.gz");
        JsonNode expected = parse(algorithm + "/expectedResults.json.gz");
        Map<Integer, JsonNode> answers = new HashMap<>();
        expected.get("testGroups").forEach(g -> g.get("tests").forEach(t -> answers.put(t.get("tcId").asInt(), t)));
        prompt.get("testGroups").forEach(g -> g.get("tests").forEach(t -> {
            JsonNode a = answers.get(t.get("tcId").asInt());
            if (a != null) {
                a.properties().forEach(e -> ((ObjectNode) t).set(e.getKey(), e.getValue()));
            }
        }));
        return prompt;
    }

    private static JsonNode parse(String relative) {
        try (InputStream in = Vectors.open(Vectors.resolve(DIR + "/" + relative))) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] hex(JsonNode node) {
        return node == null || node.isNull() ? new byte[0] : HexFormat.of().parseHex(node.asText());
    }

    /** An unsigned big-endian integer left-padded (or, if longer, kept as is) to {@code length} bytes. */
    public static byte[] fixed(JsonNode node, int length) {
        byte[] b = integer(node).toByteArray();
        if (b.length > 1 && b[0] == 0) {
            b = java.util.Arrays.copyOfRange(b, 1, b.length);
        }
        if (b.length >= length) {
            return b;
        }
        byte[] out = new byte[length];
        System.arraycopy(b, 0, out, length - b.length, b.length);
        return out;
    }

    public static BigInteger integer(JsonNode node) {
        String text = node.asText();
        return text.isEmpty() ? BigInteger.ZERO : new BigInteger(text, 16);
    }
}
