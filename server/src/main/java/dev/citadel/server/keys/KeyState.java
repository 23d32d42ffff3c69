package dev.citadel.server.keys;

/** Where a server key is in its life: active → verify-only → retired (material deleted). */
public enum KeyState {
    /** Signs or MACs new data; exactly one per purpose. */
    ACTIVE,
    /** Replaced: still verifies what it signed, signs nothing new, until its retire-after time. */
    VERIFY_ONLY,
    /** Past its overlap: the wrapped material is deleted; only the metadata row remains, for audit. */
    RETIRED
}
