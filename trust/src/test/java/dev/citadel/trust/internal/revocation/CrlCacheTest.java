package dev.citadel.trust.internal.revocation;

import dev.citadel.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import dev.citadel.trust.revocation.CrlCache;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CrlCacheTest {

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    static final URI A = URI.create("http://a.example/a.crl");
    static final URI B = URI.create("http://b.example/b.crl");
    static final URI C = URI.create("http://c.example/c.crl");

    @Test
    void entryExpiresAtNextUpdate() {
        CrlCache cache = new CrlCache(clock);
        cache.put(A, new byte[] {1}, clock.instant().plus(Duration.ofHours(1)));
        assertThat(cache.get(A)).isPresent();
        clock.advance(Duration.ofHours(1));
        assertThat(cache.get(A)).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void entryLivesAtMostTheMaximumAge() {
        CrlCache cache = new CrlCache(clock);
        cache.put(A, new byte[] {1}, clock.instant().plus(Duration.ofDays(30)));
        clock.advance(CrlCache.MAX_ENTRY_AGE);
        assertThat(cache.get(A)).isEmpty();
    }

    @Test
    void alreadyExpiredCrl_isNotStored() {
        CrlCache cache = new CrlCache(clock);
        cache.put(A, new byte[] {1}, clock.instant().minusSeconds(1));
        assertThat(cache.size()).isZero();
    }

    @Test
    void boundedInEntries_leastRecentlyUsedLeavesFirst() {
        CrlCache cache = new CrlCache(2, 1000, clock);
        Instant next = clock.instant().plus(Duration.ofHours(1));
        cache.put(A, new byte[] {1}, next);
        cache.put(B, new byte[] {2}, next);
        cache.get(A);
        cache.put(C, new byte[] {3}, next);
        assertThat(cache.get(B)).isEmpty();
        assertThat(cache.get(A)).isPresent();
        assertThat(cache.get(C)).isPresent();
    }

    @Test
    void boundedInBytes() {
        CrlCache cache = new CrlCache(10, 10, clock);
        Instant next = clock.instant().plus(Duration.ofHours(1));
        cache.put(A, new byte[6], next);
        cache.put(B, new byte[6], next);
        assertThat(cache.totalBytes()).isEqualTo(6);
        assertThat(cache.get(A)).isEmpty();
        cache.put(C, new byte[11], next);
        assertThat(cache.get(C)).isEmpty();
    }

    @Test
    void returnsCopies() {
        CrlCache cache = new CrlCache(clock);
        byte[] der = {1, 2};
        cache.put(A, der, clock.instant().plus(Duration.ofHours(1)));
        der[0] = 9;
        cache.get(A).orElseThrow()[1] = 9;
        assertThat(cache.get(A).orElseThrow()).containsExactly(1, 2);
    }
}
