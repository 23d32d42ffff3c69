package dev.citadel.corecrypto.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/** One test of a Wycheproof or ACVP file, with its group: typed accessors over the JSON. */
public record VectorCase(String file, JsonNode group, JsonNode test) {

    public int tcId() {
        return test.get("tcId").asInt();
    }

    /** Wycheproof {@code result}: valid, invalid or acceptable. */
    public String result() {
        return test.path("result").asText();
    }

    public Set<String> flags() {
        Set<String> out = new LinkedHashSet<>();
        test.path("flags").forEach(f -> out.add(f.asText()));
        return out;
    }

    public byte[] hex(String field) {
        JsonNode n = test.get(field);
        if (n == null) {
            throw new IllegalArgumentException(file + " tcId " + tcId() + " lacks " + field);
        }
        return HexFormat.of().parseHex(n.asText());
    }

    public boolean has(String field) {
        return test.has(field);
    }

    public String text(String field) {
        return test.get(field).asText();
    }

    public int integer(String field) {
        return test.get(field).asInt();
    }

    public int groupInt(String field) {
        return group.get(field).asInt();
    }

    public String groupText(String field) {
        return group.path(field).asText();
    }

    @Override
    public String toString() {
        return file + " tcId " + tcId();
    }
}
