package dev.citadel.corecrypto.internal.engine;

/** Computes one MAC. Stateless and thread-safe; {@link #init} returns a single-thread keyed instance. */
public interface MacEngine {

    /** Full tag length in bytes. */
    int length();

    /** Keys a reusable MAC; throws {@code INVALID_KEY_SIZE} for a key the algorithm refuses. */
    Keyed init(byte[] key);

    /** One MAC computation over the concatenation of {@code parts}. */
    default byte[] compute(byte[] key, byte[]... parts) {
        return init(key).compute(parts);
    }

    /** A keyed MAC for repeated use by one thread (PBKDF2, HKDF-Expand). */
    interface Keyed {
        /** The full-length tag over the concatenation of {@code parts}; the instance is ready again after. */
        byte[] compute(byte[]... parts);

        /** Replaces {@code block} (exactly one tag long) by its own tag: the PBKDF2 inner loop, without allocation. */
        default void computeInPlace(byte[] block) {
            byte[] tag = compute(block);
            System.arraycopy(tag, 0, block, 0, block.length);
        }
    }
}
