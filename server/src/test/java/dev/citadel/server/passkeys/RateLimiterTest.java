package dev.citadel.server.passkeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    @DisplayName("an address gets BURST calls at once, then one more per refill interval")
    void burstThenRefill() {
        RateLimiter limiter = new RateLimiter(clock);
        for (int i = 0; i < RateLimiter.BURST; i++) {
            assertThat(limiter.tryAcquire("192.0.2.1")).as("call %d", i).isTrue();
        }
        assertThat(limiter.tryAcquire("192.0.2.1")).isFalse();
        assertThat(limiter.retryAfterSeconds("192.0.2.1")).isEqualTo(60 / RateLimiter.REFILL_PER_MINUTE);
        assertThat(limiter.tryAcquire("192.0.2.2")).as("another address has its own bucket").isTrue();
        clock.advance(Duration.ofSeconds(60 / RateLimiter.REFILL_PER_MINUTE));
        assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
        assertThat(limiter.tryAcquire("192.0.2.1")).isFalse();
    }

    @Test
    void aBucketNeverHoldsMoreThanTheBurst() {
        RateLimiter limiter = new RateLimiter(clock, 2, 60);
        clock.advance(Duration.ofHours(1));
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
    }
}
