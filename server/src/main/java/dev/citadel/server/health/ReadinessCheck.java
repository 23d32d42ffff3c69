package dev.citadel.server.health;

/**
 * One condition of readiness. {@link #check()} returns a short, client-safe description when healthy and
 * throws (with a client-safe message) when not. MUST be fast (well under a second) and side-effect free.
 */
public interface ReadinessCheck {

    /** Short stable name, e.g. {@code database}. */
    String name();

    /** Detail when healthy; throws when not. */
    String check() throws Exception;
}
