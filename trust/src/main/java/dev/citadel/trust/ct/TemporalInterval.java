package dev.citadel.trust.ct;

import java.time.Instant;
import java.util.Objects;

/** v3 {@code temporal_interval}: the log accepts certificates whose notAfter is in [start, end). */
public record TemporalInterval(Instant startInclusive, Instant endExclusive) {
    public TemporalInterval {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!startInclusive.isBefore(endExclusive)) {
            throw new IllegalArgumentException("temporal interval start " + startInclusive + " is not before its end " + endExclusive);
        }
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(startInclusive) && instant.isBefore(endExclusive);
    }
}
