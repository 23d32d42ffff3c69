package dev.citadel.trust.ct;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One log of a v3 log list. {@code keyBase64} is the log's DER SubjectPublicKeyInfo as the list gives it;
 * the parser has checked that {@code logId} is its SHA-256 hash. The key's algorithm is checked only when
 * an SCT is verified (an unusable key makes that log's SCTs {@link SctDisposition#UNSUPPORTED_LOG_KEY}).
 *
 * @param logType v3 {@code log_type} ("prod", "test"), when present
 */
public record CtLog(
        String description,
        LogId logId,
        String keyBase64,
        LogApi api,
        String operator,
        List<PreviousOperator> previousOperators,
        long mmdSeconds,
        Optional<LogState> state,
        Optional<TemporalInterval> temporalInterval,
        Optional<String> logType,
        Optional<String> url) {

    public CtLog {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(logId, "logId");
        Objects.requireNonNull(keyBase64, "keyBase64");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(operator, "operator");
        previousOperators = List.copyOf(previousOperators);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(temporalInterval, "temporalInterval");
        Objects.requireNonNull(logType, "logType");
        Objects.requireNonNull(url, "url");
    }

    /** The log's DER SubjectPublicKeyInfo (a fresh copy). */
    public byte[] keyDer() {
        return Base64.getDecoder().decode(keyBase64);
    }

    /**
     * Who operated the log when it issued an SCT at {@code timestamp}: the first previous operator whose
     * end time is after it, else the current operator (Chrome CT policy, "Log Operator uniqueness").
     */
    public String operatorAt(Instant timestamp) {
        return previousOperators.stream()
                .sorted(java.util.Comparator.comparing(PreviousOperator::endTime))
                .filter(p -> timestamp.isBefore(p.endTime()))
                .map(PreviousOperator::name)
                .findFirst()
                .orElse(operator);
    }
}
