package dev.citadel.trust.ct;

import java.time.Instant;
import java.util.Objects;

/** v3 {@code previous_operators[]}: who ran the log until {@code endTime}. */
public record PreviousOperator(String name, Instant endTime) {
    public PreviousOperator {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(endTime, "endTime");
    }
}
