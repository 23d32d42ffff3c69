package dev.citadel.attest.devicecheck;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;

/** The two bits of one app instance on Citadel's compatible service, and when they were last updated. */
public record StoredBits(boolean bit0, boolean bit1, Instant updatedAt) {

    public StoredBits {
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Apple's {@code last_update_time}: the UTC year and month of the last update. */
    public YearMonth lastUpdateTime() {
        return YearMonth.from(updatedAt.atOffset(ZoneOffset.UTC));
    }
}
