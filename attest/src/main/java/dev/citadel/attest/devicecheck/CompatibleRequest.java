package dev.citadel.attest.devicecheck;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.citadel.attest.devicecheck.DeviceCheckException.Reason;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * The body of a request to Citadel's compatible endpoints, read strictly: one JSON object with Apple's
 * members only ({@code device_token}, {@code transaction_id}, {@code timestamp}, and for updates
 * {@code bit0}/{@code bit1}), no duplicates, nothing after it. Each member is checked when asked for, so
 * the service decides the order in which problems are reported.
 *
 * <p>Deviation from Apple (documented in {@code docs/devicecheck.md}): an unknown member is refused as
 * {@code BAD_PAYLOAD}, so a misspelt {@code bit_0} fails loudly instead of silently updating nothing.
 */
final class CompatibleRequest {

    /** Longest {@code transaction_id} accepted (Apple's examples are 36-character UUIDs). */
    static final int MAX_TRANSACTION_ID_CHARS = 128;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).build());
    }

    private static final Set<String> COMMON = Set.of("device_token", "transaction_id", "timestamp");
    private static final Set<String> WITH_BITS = Set.of("device_token", "transaction_id", "timestamp", "bit0", "bit1");

    private final JsonNode body;

    private CompatibleRequest(JsonNode body) {
        this.body = body;
    }

    /** Parses {@code bytes}; {@code bits} says whether {@code bit0}/{@code bit1} belong to this endpoint. */
    static CompatibleRequest parse(byte[] bytes, boolean bits) {
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw payload("body is not one JSON object");
        } catch (IOException e) {
            throw payload("body could not be read");
        }
        if (node == null || !node.isObject()) {
            throw payload("body is not a JSON object");
        }
        Set<String> allowed = bits ? WITH_BITS : COMMON;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw payload("unknown member " + printable(name));
            }
        }
        return new CompatibleRequest(node);
    }

    String deviceToken() {
        JsonNode token = body.get("device_token");
        if (token == null || !token.isTextual() || token.textValue().isEmpty()) {
            throw DeviceCheckException.of(Reason.BAD_DEVICE_TOKEN, "device_token is missing or not a string");
        }
        return token.textValue();
    }

    String transactionId() {
        JsonNode id = body.get("transaction_id");
        if (id == null || !id.isTextual() || id.textValue().isEmpty() || id.textValue().length() > MAX_TRANSACTION_ID_CHARS
                || id.textValue().chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw payload("transaction_id is missing, empty, longer than " + MAX_TRANSACTION_ID_CHARS
                    + " characters or has control characters");
        }
        return id.textValue();
    }

    long timestamp() {
        JsonNode t = body.get("timestamp");
        if (t == null || !t.isIntegralNumber() || !t.canConvertToLong() || t.longValue() <= 0) {
            throw DeviceCheckException.of(Reason.BAD_TIMESTAMP, "timestamp is missing or not positive milliseconds");
        }
        return t.longValue();
    }

    Optional<Boolean> bit(String name) {
        JsonNode b = body.get(name);
        if (b == null) {
            return Optional.empty();
        }
        if (!b.isBoolean()) {
            throw DeviceCheckException.of(Reason.BAD_BITS, name + " is not a JSON boolean");
        }
        return Optional.of(b.booleanValue());
    }

    private static DeviceCheckException payload(String message) {
        return DeviceCheckException.of(Reason.BAD_PAYLOAD, message);
    }

    private static String printable(String name) {
        String p = name.replaceAll("[^\\x20-\\x7e]", "?");
        return p.length() <= 32 ? "'" + p + "'" : "'" + p.substring(0, 32) + "…'";
    }
}
