package dev.citadel.trust.revocation;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory cache of fetched CRLs by distribution-point URI, bounded in entries and bytes,
 * least-recently-used first out. An entry expires at the CRL's {@code nextUpdate}, and never later than
 * {@link #MAX_ENTRY_AGE} after it was stored. Thread-safe.
 *
 * <h2>Security guarantees</h2>
 * The cache holds DER bytes only. A cached CRL is parsed and its signature, issuer and freshness checked
 * again on every use, so an entry cannot make an unverified CRL count, and an entry for the wrong issuer
 * is simply not applicable. The checker stores only CRLs that verified when fetched.
 */
public final class CrlCache {

    /** Default entry bound. */
    public static final int DEFAULT_MAX_ENTRIES = 128;
    /** Default byte bound over all entries: bounds memory whatever the distribution points serve. */
    public static final long DEFAULT_MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    /** Longest an entry is kept even when {@code nextUpdate} is further away: picks up early re-issues. */
    public static final Duration MAX_ENTRY_AGE = Duration.ofHours(24);

    private static final class Entry {
        private final byte[] der;
        private final Instant expires;

        Entry(byte[] der, Instant expires) {
            this.der = der;
            this.expires = expires;
        }

        byte[] der() {
            return der;
        }

        Instant expires() {
            return expires;
        }
    }

    private final int maxEntries;
    private final long maxTotalBytes;
    private final Clock clock;
    private final LinkedHashMap<URI, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long totalBytes;

    /** A cache with the default bounds. */
    public CrlCache(Clock clock) {
        this(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_TOTAL_BYTES, clock);
    }

    public CrlCache(int maxEntries, long maxTotalBytes, Clock clock) {
        if (maxEntries < 0 || maxTotalBytes < 0) {
            throw new IllegalArgumentException("negative bound");
        }
        this.maxEntries = maxEntries;
        this.maxTotalBytes = maxTotalBytes;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The cached DER for {@code distributionPoint}, unless absent or expired (an expired entry is dropped). */
    public synchronized Optional<byte[]> get(URI distributionPoint) {
        Entry e = entries.get(distributionPoint);
        if (e == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(e.expires())) {
            remove(distributionPoint);
            return Optional.empty();
        }
        return Optional.of(e.der().clone());
    }

    /**
     * Stores {@code der} for {@code distributionPoint} until {@code nextUpdate} (at most {@link #MAX_ENTRY_AGE}
     * from now). A CRL whose {@code nextUpdate} has passed, or larger than the byte bound, is not stored.
     */
    public synchronized void put(URI distributionPoint, byte[] der, Instant nextUpdate) {
        Objects.requireNonNull(distributionPoint, "distributionPoint");
        Instant now = clock.instant();
        Instant expires = nextUpdate.isBefore(now.plus(MAX_ENTRY_AGE)) ? nextUpdate : now.plus(MAX_ENTRY_AGE);
        remove(distributionPoint);
        if (!now.isBefore(expires) || der.length > maxTotalBytes || maxEntries == 0) {
            return;
        }
        entries.put(distributionPoint, new Entry(der.clone(), expires));
        totalBytes += der.length;
        Iterator<Map.Entry<URI, Entry>> eldest = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || totalBytes > maxTotalBytes) && eldest.hasNext()) {
            Map.Entry<URI, Entry> e = eldest.next();
            totalBytes -= e.getValue().der().length;
            eldest.remove();
        }
    }

    /** Number of entries, expired ones included until touched. */
    public synchronized int size() {
        return entries.size();
    }

    /** Bytes held. */
    public synchronized long totalBytes() {
        return totalBytes;
    }

    public synchronized void clear() {
        entries.clear();
        totalBytes = 0;
    }

    private void remove(URI key) {
        Entry old = entries.remove(key);
        if (old != null) {
            totalBytes -= old.der().length;
        }
    }
}
