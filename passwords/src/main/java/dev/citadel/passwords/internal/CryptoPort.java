package dev.citadel.passwords.internal;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.RandomSource;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one place where this module touches cryptography: SHA-1 for k-anonymity range queries, and the
 * system random source. When {@code cryptokit} arrives, this class is what switches to it.
 *
 * <p>WARNING: SHA-1 here is an interoperability identifier dictated by the range-query protocol (the
 * breached-password corpus is indexed by SHA-1), not a security mechanism: never use it for anything else.
 */
public final class CryptoPort {

    private CryptoPort() {}

    /** Upper-case hexadecimal SHA-1 of {@code data}: the form the range-query protocol indexes by. */
    public static String sha1UpperHex(byte[] data) {
        return HexFormat.of().formatHex(HashAlgorithm.SHA_1.digest(data)).toUpperCase(Locale.ROOT);
    }

    /** The system DRBG. */
    public static RandomSource systemRandom() {
        return RandomSource.system();
    }
}
