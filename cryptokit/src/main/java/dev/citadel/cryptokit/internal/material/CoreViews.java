package dev.citadel.cryptokit.internal.material;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.cryptokit.HashFunction;
import dev.citadel.cryptokit.RandomSource;

/** corecrypto's view of cryptokit's public value types, for cryptokit's own packages. Not exported. */
public final class CoreViews {

    private CoreViews() {}

    /** The system DRBG itself, or an adapter that draws from {@code source}. */
    public static dev.citadel.corecrypto.RandomSource random(RandomSource source) {
        return source == RandomSource.system() ? dev.citadel.corecrypto.RandomSource.system() : source::nextBytes;
    }

    public static HashAlgorithm hash(HashFunction function) {
        return switch (function) {
            case SHA256 -> HashAlgorithm.SHA_256;
            case SHA384 -> HashAlgorithm.SHA_384;
            case SHA512 -> HashAlgorithm.SHA_512;
            case SHA3_256 -> HashAlgorithm.SHA3_256;
            case SHA3_384 -> HashAlgorithm.SHA3_384;
            case SHA3_512 -> HashAlgorithm.SHA3_512;
        };
    }
}
