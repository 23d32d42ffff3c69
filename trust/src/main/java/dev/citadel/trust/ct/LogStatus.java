package dev.citadel.trust.ct;

/**
 * A CT log's state in a v3 log list (Chrome's CT Log Lifecycle; Apple's log program uses the same names).
 * Which states count toward a policy is the policy's business: see {@link CtPolicy}.
 */
public enum LogStatus {
    /** Applied for inclusion; SCTs never count. */
    PENDING,
    /** Accepted, being monitored; counts as currently approved. */
    QUALIFIED,
    /** Fully trusted; counts as currently approved. */
    USABLE,
    /** Frozen (no new entries), still trusted; counts as currently approved. */
    READONLY,
    /** No longer trusted: SCTs count only if issued before the retirement timestamp. */
    RETIRED,
    /** Refused before ever being trusted; SCTs never count. */
    REJECTED
}
