package dev.citadel.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Skip reasons seen in this JVM, so the run summary can list them. */
final class SkipLedger {

    private static final Map<String, AtomicInteger> SKIPS = new ConcurrentHashMap<>();

    private SkipLedger() {}

    static void recordSkip(String reason) {
        SKIPS.computeIfAbsent(reason, r -> new AtomicInteger()).incrementAndGet();
    }

    static Map<String, AtomicInteger> skips() {
        return SKIPS;
    }
}
