package dev.citadel.corecrypto;

import dev.citadel.corecrypto.internal.jca.JcaDigests;

/** Comparisons whose running time does not depend on where two secrets differ. */
public final class ConstantTime {

    private ConstantTime() {}

    /**
     * Whether {@code a} and {@code b} hold the same bytes. Time depends on the lengths only, never on the
     * contents. Use it for every comparison of a secret or a MAC-like value.
     */
    public static boolean equal(byte[] a, byte[] b) {
        return JcaDigests.constantTimeEquals(a, b);
    }

    /** {@link #equal} for the self-tests, which must not wait for themselves. */
    static boolean equalUnchecked(byte[] a, byte[] b) {
        return JcaDigests.constantTimeEquals(a, b);
    }
}
