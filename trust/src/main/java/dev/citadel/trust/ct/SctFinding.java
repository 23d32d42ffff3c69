package dev.citadel.trust.ct;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One SCT in a {@link CtVerdict}: where it came from, its log as the list names it, and its disposition.
 *
 * @param index position among all SCTs evaluated (embedded first, then OCSP, then TLS, each in list order)
 * @param log the log's description, when the log is known
 * @param operator the log's operator at the SCT's time, when the log is known
 * @param api the log's API, when the log is known
 * @param detail a human-readable explanation of the disposition
 */
public record SctFinding(
        int index,
        SctSource source,
        LogId logId,
        Instant timestamp,
        Optional<String> log,
        Optional<String> operator,
        Optional<LogApi> api,
        SctDisposition disposition,
        String detail) {

    public SctFinding {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(logId, "logId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(detail, "detail");
    }

    /** This finding with another disposition and explanation. */
    public SctFinding with(SctDisposition newDisposition, String newDetail) {
        return new SctFinding(index, source, logId, timestamp, log, operator, api, newDisposition, newDetail);
    }
}
