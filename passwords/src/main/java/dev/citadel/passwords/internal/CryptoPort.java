package dev.citadel.passwords.internal;

import dev.citadel.cryptokit.Insecure;
import dev.citadel.cryptokit.RandomSource;

/**
 * The one place where this module touches cryptography: SHA-1 for k-anonymity range queries, and the
 * system random source, both from {@code cryptokit} (capability modules never reach corecrypto).
 *
 * <p>WARNING: SHA-1 here is an interoperability identifier dictated by the range-query protocol (the
 * breached-password corpus is indexed by SHA-1), not a security mechanism: never use it for anything else.
 */
public final class CryptoPort {

    private CryptoPort() {}

    /** Upper-case hexadecimal SHA-1 of {@code data}: the form the range-query protocol indexes by. */
    public static String sha1UpperHex(byte[] data) {
        return Insecure.SHA1.hexUpperCase(data);
    }

    /** The system DRBG. */
    public static RandomSource systemRandom() {
        return RandomSource.system();
    }
}
