package dev.citadel.trust.internal.ct;

import java.time.Duration;
import java.time.Instant;

/** Certificate lifetimes as the two policies count them. */
public final class Lifetime {

    private static final long DAY_SECONDS = 86_400;

    private Lifetime() {}

    /**
     * Apple: RFC 5280 §4.1.2.5's validity is "from notBefore through notAfter, inclusive", so a
     * certificate valid from 00:00:00 to 23:59:59 of the same day lasts 86,400 s; days are 86,400 s and any
     * excess starts another day: {@code ceil((notAfter − notBefore + 1 s) / 86,400 s)}.
     */
    public static long appleDays(Instant notBefore, Instant notAfter) {
        long seconds = Duration.between(notBefore, notAfter).toSeconds() + 1;
        return Math.ceilDiv(Math.max(seconds, 0), DAY_SECONDS);
    }

    /** Chrome compares {@code notAfter − notBefore} (no extra second) with 180 days. */
    public static boolean chromeOver180Days(Instant notBefore, Instant notAfter) {
        return Duration.between(notBefore, notAfter).compareTo(Duration.ofDays(180)) > 0;
    }

    /** {@code notAfter − notBefore} in days, rounded up (reported for Chrome verdicts). */
    public static long chromeDays(Instant notBefore, Instant notAfter) {
        return Math.ceilDiv(Math.max(Duration.between(notBefore, notAfter).toSeconds(), 0), DAY_SECONDS);
    }
}
