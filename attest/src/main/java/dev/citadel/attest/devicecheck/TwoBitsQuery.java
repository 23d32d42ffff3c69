package dev.citadel.attest.devicecheck;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What {@code query_two_bits} answered: the two bits with the month of their last change, or Apple's
 * "Failed to find bit state" (200) for a device whose bits were never set. Both are normal outcomes:
 * switch over them.
 */
public sealed interface TwoBitsQuery permits TwoBitsQuery.Found, TwoBitsQuery.NotFound {

    /** The bits and {@code last_update_time} (Apple reports only year and month, UTC). */
    record Found(boolean bit0, boolean bit1, YearMonth lastUpdateTime) implements TwoBitsQuery {
        public Found {
            Objects.requireNonNull(lastUpdateTime, "lastUpdateTime");
        }
    }

    /** No bit state exists for this device (never updated). */
    record NotFound() implements TwoBitsQuery {}
}
