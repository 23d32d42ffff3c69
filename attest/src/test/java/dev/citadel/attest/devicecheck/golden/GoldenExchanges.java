package dev.citadel.attest.devicecheck.golden;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DeviceCheck golden exchanges (see {@code golden/README.md} beside the files), decoded. Shared with
 * the server's tests through this module's test-jar; neither the client nor the service code reads them.
 */
public final class GoldenExchanges {

    /** Every conversation file, in a fixed order. */
    public static final List<String> FILES = List.of("update-then-query.json", "update-one-bit.json", "query-unset.json",
            "validate.json", "bad-device-token.json", "bad-timestamp.json", "bad-bits.json",
            "unverifiable-authorization.json", "missing-authorization.json");

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)\\}\\}");

    private GoldenExchanges() {}

    /** How the request is authorized. */
    public enum Authorization { VALID, WRONG_KEY, NONE }

    /** One file: exchanges to run in order against one fresh device. */
    public record Conversation(String name, String description, List<Exchange> exchanges) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One request and the exact answer. Exactly one of {@code body} (plain text) and {@code json} is present. */
    public record Exchange(String endpoint, Authorization authorization, JsonNode request, int status, Optional<String> body,
            Optional<JsonNode> json, String clientOutcome) {

        public JsonNode request(Map<String, String> values) {
            return resolve(request, values);
        }

        public Optional<JsonNode> json(Map<String, String> values) {
            return json.map(j -> resolve(j, values));
        }

        public boolean clientCanSend() {
            return !clientOutcome.equals("service-only");
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static List<Conversation> all() {
        return FILES.stream().map(GoldenExchanges::load).toList();
    }

    public static Conversation load(String file) {
        try (InputStream in = GoldenExchanges.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing golden exchange " + file);
            }
            JsonNode root = MAPPER.readTree(in);
            List<Exchange> exchanges = new ArrayList<>();
            for (JsonNode e : root.required("exchanges")) {
                JsonNode response = e.required("response");
                exchanges.add(new Exchange(e.required("endpoint").asText(),
                        Authorization.valueOf(e.required("authorization").asText().toUpperCase(Locale.ROOT).replace('-', '_')),
                        e.required("request"), response.required("status").asInt(),
                        Optional.ofNullable(response.get("body")).map(JsonNode::asText), Optional.ofNullable(response.get("json")),
                        e.required("client_outcome").asText()));
            }
            return new Conversation(file.replace(".json", ""), root.required("description").asText(), List.copyOf(exchanges));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code node} with every {@code {{name}}} in string values replaced; an unknown name fails. */
    public static JsonNode resolve(JsonNode node, Map<String, String> values) {
        if (node.isTextual()) {
            Matcher m = PLACEHOLDER.matcher(node.textValue());
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    throw new IllegalStateException("no value for placeholder " + m.group());
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            return TextNode.valueOf(out.toString());
        }
        if (node.isObject()) {
            ObjectNode copy = MAPPER.createObjectNode();
            node.properties().forEach(p -> copy.set(p.getKey(), resolve(p.getValue(), values)));
            return copy;
        }
        return node.deepCopy();
    }
}
