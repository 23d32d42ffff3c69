package dev.citadel.passkeys.local;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a successful authentication may be reused for a later step-up (Apple's
 * {@code touchIDAuthenticationAllowableReuseDuration}), at most {@link #MAXIMUM} as on Apple platforms
 * ({@code LATouchIDAuthenticationMaximumAllowableReuseDuration}, 5 minutes). {@link #NONE} demands the
 * authentication of this very request.
 */
public record AllowableReuseDuration(Duration value) {

    /** The longest reuse allowed: 5 minutes. */
    public static final Duration MAXIMUM = Duration.ofMinutes(5);

    /** No reuse: only an authentication verified at this instant counts. */
    public static final AllowableReuseDuration NONE = new AllowableReuseDuration(Duration.ZERO);

    public AllowableReuseDuration {
        Objects.requireNonNull(value, "value");
        if (value.isNegative() || value.compareTo(MAXIMUM) > 0) {
            throw new IllegalArgumentException("an allowable reuse duration is 0.." + MAXIMUM + ", not " + value);
        }
    }

    /** A reuse window of {@code value} (at most {@link #MAXIMUM}). */
    public static AllowableReuseDuration of(Duration value) {
        return new AllowableReuseDuration(value);
    }
}
