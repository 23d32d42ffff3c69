package dev.citadel.server.passkeys;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address for the ceremony and recovery endpoints: each address may make
 * {@link #BURST} calls at once and then {@link #REFILL_PER_MINUTE} a minute (the defaults of
 * {@code passkeys.rate-limit.burst} and {@code passkeys.rate-limit.per-minute}).
 *
 * <h2>Security guarantees</h2>
 * Bounds how fast one address can create ceremonies (each costs a database row for
 * {@code PendingCeremony.LIFETIME}), guess recovery codes, or probe usernames. Memory is bounded: at most
 * {@link #MAX_TRACKED_ADDRESSES} buckets; when full, buckets that have refilled are dropped (they hold no
 * information) and, failing that, the request is refused rather than tracked.
 *
 * <h2>Does not</h2>
 * Share state between replicas (each replica limits on its own), or see through proxies: the address is the
 * TCP peer. Behind a reverse proxy every client shares the proxy's bucket; let the proxy rate-limit instead.
 */
public final class RateLimiter {

    /** Calls an address may make at once. */
    public static final int BURST = 30;
    /** Calls an address regains per minute. */
    public static final int REFILL_PER_MINUTE = 30;
    /** Most addresses tracked at once (about 100 bytes each). */
    public static final int MAX_TRACKED_ADDRESSES = 100_000;

    private final Clock clock;
    private final int burst;
    private final double refillPerNano;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updatedNanos;

        Bucket(double tokens, long updatedNanos) {
            this.tokens = tokens;
            this.updatedNanos = updatedNanos;
        }
    }

    /** The limiter with {@link #BURST} and {@link #REFILL_PER_MINUTE}. */
    public RateLimiter(Clock clock) {
        this(clock, BURST, REFILL_PER_MINUTE);
    }

    public RateLimiter(Clock clock, int burst, int refillPerMinute) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (burst < 1 || refillPerMinute < 1) {
            throw new IllegalArgumentException("burst and refill must be positive");
        }
        this.burst = burst;
        this.refillPerNano = refillPerMinute / (double) Duration.ofMinutes(1).toNanos();
    }

    /** Takes one token for {@code address}: {@code true} if the call may proceed. */
    public boolean tryAcquire(String address) {
        long now = nanos();
        if (!buckets.containsKey(address) && buckets.size() >= MAX_TRACKED_ADDRESSES) {
            evictFull(now);
            if (buckets.size() >= MAX_TRACKED_ADDRESSES) {
                return false;
            }
        }
        Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(burst, now));
        synchronized (bucket) {
            refill(bucket, now);
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }

    /** Seconds until {@code address} has a token again (for {@code Retry-After}); at least 1. */
    public long retryAfterSeconds(String address) {
        Bucket bucket = buckets.get(address);
        if (bucket == null) {
            return 1;
        }
        synchronized (bucket) {
            double missing = Math.max(0, 1 - bucket.tokens);
            return Math.max(1, (long) Math.ceil(missing / refillPerNano / 1e9));
        }
    }

    private void refill(Bucket bucket, long now) {
        long elapsed = Math.max(0, now - bucket.updatedNanos);
        bucket.tokens = Math.min(burst, bucket.tokens + elapsed * refillPerNano);
        bucket.updatedNanos = now;
    }

    private void evictFull(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext();) {
            Bucket bucket = it.next();
            synchronized (bucket) {
                refill(bucket, now);
                if (bucket.tokens >= burst) {
                    it.remove();
                }
            }
        }
    }

    private long nanos() {
        java.time.Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
