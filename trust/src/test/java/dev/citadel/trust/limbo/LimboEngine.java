package dev.citadel.trust.limbo;

import java.util.Map;

/** Something that validates limbo cases: Citadel's evaluator, the JDK's PKIX. */
public interface LimboEngine {

    /** The engine's name in reports. */
    String name();

    /**
     * Features this engine does not implement, each with the reason: cases naming one are skipped and
     * listed (limbo-schema.json: "consumers that don't understand a given feature should skip").
     */
    Map<String, String> unsupportedFeatures();

    /** Whether the engine accepts the case's peer certificate. Must not throw. */
    boolean accepts(LimboCase c);
}
