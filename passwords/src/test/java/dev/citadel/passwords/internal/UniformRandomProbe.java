package dev.citadel.passwords.internal;

import dev.citadel.cryptokit.RandomSource;

/** Test access to the narrow draw widths that make rejection observable. */
public final class UniformRandomProbe {

    private UniformRandomProbe() {}

    public static UniformRandom narrow(RandomSource source, int width) {
        return new UniformRandom(source, width);
    }
}
