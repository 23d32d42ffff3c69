package dev.citadel.trust.ct;

import java.time.Instant;
import java.util.Objects;

/** A log's current state and when it entered it (v3 {@code state.<name>.timestamp}). */
public record LogState(LogStatus status, Instant since) {
    public LogState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(since, "since");
    }
}
