package dev.citadel.trust.ct;

import dev.citadel.trust.internal.ct.LogListJson;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CT log list in the v3 JSON format Chrome publishes (https://www.gstatic.com/ct/log_list/v3/) and
 * Apple's list follows: operators, their RFC 6962 {@code logs} and static-ct-api {@code tiled_logs}, with
 * states, temporal intervals and previous operators.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>Strict JSON: duplicate keys, trailing content, unknown fields, wrong types, a state object with
 *       other than exactly one state and a {@code log_id} that is not the SHA-256 of {@code key} are
 *       {@link CtException.Reason#MALFORMED_LOG_LIST}; a log id listed twice too.</li>
 *   <li>Size is bounded ({@link #MAX_BYTES}, {@link #MAX_LOGS}).</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Fetch the list or check its detached signature ({@code log_list.sig}): the caller chooses the file
 * and is responsible for its freshness (Chrome stops enforcing CT 70 days after the list's timestamp).
 */
public record LogList(String version, Optional<Instant> timestamp, List<String> operators, List<CtLog> logs) {

    /** Largest accepted JSON document: Chrome's complete list is about 100 KiB. */
    public static final int MAX_BYTES = 4 << 20;
    /** Most logs accepted in one list: all logs ever listed by Chrome are under 200. */
    public static final int MAX_LOGS = 2048;

    public LogList {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(timestamp, "timestamp");
        operators = List.copyOf(operators);
        logs = List.copyOf(logs);
    }

    /** Parses v3 JSON (UTF-8); throws {@link CtException} ({@code MALFORMED_LOG_LIST}). */
    public static LogList parse(byte[] json) {
        return LogListJson.parse(json);
    }

    /** The log with {@code id}, if listed. */
    public Optional<CtLog> find(LogId id) {
        return logs.stream().filter(log -> log.logId().equals(id)).findFirst();
    }
}
