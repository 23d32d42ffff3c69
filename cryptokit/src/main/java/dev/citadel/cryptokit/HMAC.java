package dev.citadel.cryptokit;

import dev.citadel.corecrypto.mac.MacAlgorithm;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.CoreViews;
import dev.citadel.cryptokit.internal.material.KeyMaterial;

/**
 * HMAC (RFC 2104, FIPS 198-1) over a {@link HashFunction} (CryptoKit {@code HMAC<H>}).
 *
 * <pre>{@code
 * MessageAuthenticationCode tag = HMAC.authenticationCode(HashFunction.SHA256, data, key);
 * HMAC.verify(HashFunction.SHA256, tag.bytes(), data, key);   // throws AUTHENTICATION_FAILURE
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * EUF-CMA for a uniformly random key. {@link #verify} compares the full tag in constant time and
 * returns a {@link VerifiedAuthenticationCode} or throws; there is no boolean to ignore.
 *
 * <h2>Does not</h2>
 * Accept truncated tags; judge key strength (HMAC accepts short keys).
 * Incremental use: {@code dev.citadel.cryptokit.commoncrypto.Hmac}.
 */
public final class HMAC {

    private HMAC() {}

    public static MessageAuthenticationCode authenticationCode(HashFunction hash, byte[] data, SymmetricKey key) {
        MacAlgorithm mac = MacAlgorithm.hmac(CoreViews.hash(hash));
        return new MessageAuthenticationCode(hash, CoreFailures.call(() -> mac.compute(KeyMaterial.borrow(key), data)));
    }

    /** Returns if {@code code} is the HMAC of {@code data}; throws {@code AUTHENTICATION_FAILURE} otherwise. */
    public static VerifiedAuthenticationCode verify(HashFunction hash, byte[] code, byte[] data, SymmetricKey key) {
        MacAlgorithm mac = MacAlgorithm.hmac(CoreViews.hash(hash));
        CoreFailures.run(() -> mac.verify(KeyMaterial.borrow(key), code, data));
        return new VerifiedAuthenticationCode(hash);
    }

    /** {@link #verify(HashFunction, byte[], byte[], SymmetricKey)} for a code object. */
    public static VerifiedAuthenticationCode verify(MessageAuthenticationCode code, byte[] data, SymmetricKey key) {
        return verify(code.function(), code.bytes(), data, key);
    }
}
