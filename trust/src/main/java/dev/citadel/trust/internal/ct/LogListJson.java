package dev.citadel.trust.internal.ct;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.citadel.cryptokit.SHA256;
import dev.citadel.trust.ct.CtException;
import dev.citadel.trust.ct.CtException.Reason;
import dev.citadel.trust.ct.CtLog;
import dev.citadel.trust.ct.LogApi;
import dev.citadel.trust.ct.LogId;
import dev.citadel.trust.ct.LogList;
import dev.citadel.trust.ct.LogState;
import dev.citadel.trust.ct.LogStatus;
import dev.citadel.trust.ct.PreviousOperator;
import dev.citadel.trust.ct.TemporalInterval;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Strict reading of v3 log-list JSON (schema https://www.gstatic.com/ct/log_list/v3/log_list_schema.json;
 * Apple's list adds {@code assetVersion}, {@code assetVersionV2} and a per-state {@code version}). Jackson
 * reads the tree with duplicate-key detection and trailing-token rejection; this class maps it field by
 * field and refuses any field it does not know, so a schema change is noticed rather than ignored.
 */
public final class LogListJson {

    private static final int MAX_NESTING = 16;
    private static final int MAX_STRING = 64 << 10;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).build());
    }

    private static final Set<String> TOP = Set.of("version", "log_list_timestamp", "operators", "is_all_logs",
            "$schema", "assetVersion", "assetVersionV2");
    private static final Set<String> OPERATOR = Set.of("name", "email", "logs", "tiled_logs");
    private static final Set<String> LOG = Set.of("description", "log_id", "key", "url", "dns", "mmd", "state",
            "temporal_interval", "log_type", "previous_operators");
    private static final Set<String> TILED_LOG = Set.of("description", "log_id", "key", "submission_url",
            "monitoring_url", "dns", "mmd", "state", "temporal_interval", "log_type", "previous_operators");
    private static final Set<String> STATE = Set.of("timestamp", "version");
    private static final Set<String> READONLY_STATE = Set.of("timestamp", "version", "final_tree_head");
    private static final Set<String> TREE_HEAD = Set.of("sha256_root_hash", "tree_size");
    private static final Set<String> INTERVAL = Set.of("start_inclusive", "end_exclusive");
    private static final Set<String> PREVIOUS = Set.of("name", "end_time");

    private LogListJson() {}

    public static LogList parse(byte[] json) {
        if (json.length > LogList.MAX_BYTES) {
            throw bad("log list of " + json.length + " bytes (limit " + LogList.MAX_BYTES + ")");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw bad("not strict JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw bad("unreadable JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw bad("the log list is not a JSON object");
        }
        fields(root, TOP, "log list");
        String version = optionalText(root, "version", "log list").orElse("");
        Optional<Instant> timestamp = optionalText(root, "log_list_timestamp", "log list").map(t -> instant(t, "log_list_timestamp"));
        List<String> operators = new ArrayList<>();
        List<CtLog> logs = new ArrayList<>();
        Set<LogId> seen = new HashSet<>();
        for (JsonNode operator : array(root, "operators", "log list", true)) {
            object(operator, "operator");
            fields(operator, OPERATOR, "operator");
            String name = text(operator, "name", "operator");
            if (operators.contains(name)) {
                throw bad("operator '" + name + "' is listed twice");
            }
            operators.add(name);
            for (JsonNode email : array(operator, "email", "operator " + name, false)) {
                if (!email.isTextual()) {
                    throw bad("operator " + name + ": email entries must be strings");
                }
            }
            for (JsonNode log : array(operator, "logs", "operator " + name, false)) {
                add(logs, seen, log(log, name, LogApi.RFC6962));
            }
            for (JsonNode log : array(operator, "tiled_logs", "operator " + name, false)) {
                add(logs, seen, log(log, name, LogApi.STATIC_CT_API));
            }
        }
        return new LogList(version, timestamp, operators, logs);
    }

    private static void add(List<CtLog> logs, Set<LogId> seen, CtLog log) {
        if (!seen.add(log.logId())) {
            throw bad("log id " + log.logId() + " is listed twice");
        }
        if (logs.size() == LogList.MAX_LOGS) {
            throw bad("more than " + LogList.MAX_LOGS + " logs");
        }
        logs.add(log);
    }

    private static CtLog log(JsonNode node, String operator, LogApi api) {
        object(node, "log");
        String description = optionalText(node, "description", "log").orElse("");
        String where = "log '" + description + "'";
        fields(node, api == LogApi.RFC6962 ? LOG : TILED_LOG, where);
        String keyBase64 = text(node, "key", where);
        byte[] key;
        LogId logId;
        try {
            key = Base64.getDecoder().decode(keyBase64);
            logId = LogId.fromBase64(text(node, "log_id", where));
        } catch (IllegalArgumentException e) {
            throw bad(where + ": key or log_id is not base64 of the right length");
        }
        if (key.length == 0 || !LogId.of(SHA256.hash(key).bytes()).equals(logId)) {
            throw bad(where + ": log_id is not the SHA-256 of key");
        }
        JsonNode mmd = node.get("mmd");
        if (mmd == null || !mmd.canConvertToExactIntegral() || !mmd.isIntegralNumber() || mmd.asLong() < 0) {
            throw bad(where + ": mmd must be a non-negative integer");
        }
        Optional<String> url = api == LogApi.RFC6962
                ? optionalText(node, "url", where)
                : optionalText(node, "submission_url", where);
        optionalText(node, "dns", where);
        optionalText(node, "monitoring_url", where);
        List<PreviousOperator> previous = new ArrayList<>();
        for (JsonNode p : array(node, "previous_operators", where, false)) {
            object(p, where + " previous operator");
            fields(p, PREVIOUS, where + " previous operator");
            previous.add(new PreviousOperator(text(p, "name", where), instant(text(p, "end_time", where), "end_time")));
        }
        return new CtLog(description, logId, keyBase64, api, operator, previous, mmd.asLong(),
                state(node.get("state"), where), interval(node.get("temporal_interval"), where),
                optionalText(node, "log_type", where), url);
    }

    private static Optional<LogState> state(JsonNode node, String where) {
        if (node == null) {
            return Optional.empty();
        }
        object(node, where + " state");
        if (node.size() != 1) {
            throw bad(where + ": state must hold exactly one state, not " + node.size());
        }
        String name = node.fieldNames().next();
        LogStatus status;
        try {
            status = LogStatus.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(where + ": unknown state '" + name + "'");
        }
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            throw bad(where + ": state names are lower case");
        }
        JsonNode body = node.get(name);
        object(body, where + " state " + name);
        fields(body, status == LogStatus.READONLY ? READONLY_STATE : STATE, where + " state " + name);
        if (status == LogStatus.READONLY && body.has("final_tree_head")) {
            JsonNode head = body.get("final_tree_head");
            object(head, where + " final_tree_head");
            fields(head, TREE_HEAD, where + " final_tree_head");
        }
        return Optional.of(new LogState(status, instant(text(body, "timestamp", where), "state timestamp")));
    }

    private static Optional<TemporalInterval> interval(JsonNode node, String where) {
        if (node == null) {
            return Optional.empty();
        }
        object(node, where + " temporal_interval");
        fields(node, INTERVAL, where + " temporal_interval");
        try {
            return Optional.of(new TemporalInterval(instant(text(node, "start_inclusive", where), "start_inclusive"),
                    instant(text(node, "end_exclusive", where), "end_exclusive")));
        } catch (IllegalArgumentException e) {
            throw bad(where + ": " + e.getMessage());
        }
    }

    private static void fields(JsonNode node, Set<String> allowed, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw bad(where + ": unknown field '" + name + "'");
            }
        }
    }

    private static void object(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw bad(where + " must be an object");
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, String where, boolean required) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                throw bad(where + ": missing '" + field + "'");
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw bad(where + ": '" + field + "' must be an array");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String where) {
        return optionalText(node, field, where).orElseThrow(() -> bad(where + ": missing '" + field + "'"));
    }

    private static Optional<String> optionalText(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw bad(where + ": '" + field + "' must be a string");
        }
        return Optional.of(value.textValue());
    }

    private static Instant instant(String text, String field) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(field + " '" + text + "' is not an RFC 3339 date-time");
        }
    }

    private static CtException bad(String message) {
        return new CtException(Reason.MALFORMED_LOG_LIST, message);
    }
}
