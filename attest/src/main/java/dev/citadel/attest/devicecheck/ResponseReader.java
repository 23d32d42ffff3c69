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
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads Apple's DeviceCheck answers as documented: 200 with the bits, 200 with the plain text
 * "Failed to find bit state", 200 (empty) for updates and validations, and the error statuses.
 *
 * <p>A 400's plain-text body refines the reason (device token, bits, time stamp, authorization token);
 * the status alone decides that the request was refused. The bits object must have boolean {@code bit0}
 * and {@code bit1} and a {@code YYYY-MM} {@code last_update_time}, with no duplicate members and nothing
 * after it; members Apple might add later are ignored (an addition must not break every deployed client).
 */
final class ResponseReader {

    /** Apple's 200 body for a device with no bits. */
    static final String BIT_STATE_NOT_FOUND = "Failed to find bit state";
    /** Longest excerpt of a refusal body copied into an exception message. */
    static final int MAX_EXCERPT_CHARS = 120;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build());
    }

    private static final Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    static byte[] write(JsonNode body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot encode a request body", e);
        }
    }

    TwoBitsQuery query(int status, byte[] body) {
        requireOk(status, body);
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.strip().equals(BIT_STATE_NOT_FOUND)) {
            return new TwoBitsQuery.NotFound();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (IOException e) { // JacksonException included: the bytes are in memory
            throw unexpected(status, "query_two_bits answered 200 with neither bits nor \"" + BIT_STATE_NOT_FOUND + "\"");
        }
        if (node == null || !node.isObject()) {
            throw unexpected(status, "query_two_bits answered 200 with a body that is not a JSON object");
        }
        JsonNode bit0 = node.get("bit0");
        JsonNode bit1 = node.get("bit1");
        JsonNode month = node.get("last_update_time");
        if (bit0 == null || !bit0.isBoolean() || bit1 == null || !bit1.isBoolean()) {
            throw unexpected(status, "query_two_bits answered without boolean bit0 and bit1");
        }
        if (month == null || !month.isTextual() || !YEAR_MONTH.matcher(month.textValue()).matches()) {
            throw unexpected(status, "query_two_bits answered without a YYYY-MM last_update_time");
        }
        return new TwoBitsQuery.Found(bit0.booleanValue(), bit1.booleanValue(), YearMonth.parse(month.textValue()));
    }

    /** Updates and validations: 200 is success whatever its body (Apple documents none). */
    void acknowledgement(int status, byte[] body) {
        requireOk(status, body);
    }

    private static void requireOk(int status, byte[] body) {
        if (status == 200) {
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        Reason reason = switch (status) {
            case 400 -> badRequestReason(text);
            case 401 -> Reason.UNVERIFIED_AUTHORIZATION_TOKEN;
            case 403 -> Reason.FORBIDDEN;
            case 429 -> Reason.RATE_LIMITED;
            default -> status >= 500 && status <= 599 ? Reason.SERVER_ERROR : Reason.UNEXPECTED_RESPONSE;
        };
        throw DeviceCheckException.answered(reason, status, "HTTP " + status + excerpt(text));
    }

    private static Reason badRequestReason(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("device token")) {
            return Reason.BAD_DEVICE_TOKEN;
        } else if (t.contains("authorization token")) {
            return Reason.BAD_AUTHORIZATION_TOKEN;
        } else if (t.contains("bits")) {
            return Reason.BAD_BITS;
        } else if (t.contains("time stamp") || t.contains("timestamp")) {
            return Reason.BAD_TIMESTAMP;
        }
        return Reason.BAD_PAYLOAD;
    }

    private static DeviceCheckException unexpected(int status, String message) {
        return DeviceCheckException.answered(Reason.UNEXPECTED_RESPONSE, status, message);
    }

    /** A short, printable excerpt of a refusal body (Apple's bodies are one short sentence). */
    private static String excerpt(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String printable = text.replaceAll("[^\\x20-\\x7e]", "?");
        return ": " + (printable.length() <= MAX_EXCERPT_CHARS ? printable : printable.substring(0, MAX_EXCERPT_CHARS) + "…");
    }
}
