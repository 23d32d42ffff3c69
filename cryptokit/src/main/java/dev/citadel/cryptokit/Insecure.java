package dev.citadel.cryptokit;

import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import java.util.HexFormat;

/**
 * Cryptographically broken algorithms kept for interoperability only (CryptoKit {@code Insecure}).
 *
 * <p>WARNING: SHA-1 is not collision resistant (SHAttered, 2017). Use it only where a protocol fixes it
 * and its security does not rest on it — e.g. the k-anonymity range queries of breached-password
 * services, whose identifiers are SHA-1 prefixes. Never for signatures, MACs, key derivation or integrity.
 */
public final class Insecure {

    private Insecure() {}

    /** SHA-1 (FIPS 180-4), for interoperability only. */
    public static final class SHA1 {

        /** Output length in bytes. */
        public static final int BYTE_COUNT = 20;

        private SHA1() {}

        /** The SHA-1 digest of the concatenation of {@code parts}. */
        public static byte[] hash(byte[]... parts) {
            return CoreFailures.call(() -> HashAlgorithm.SHA_1.digest(parts));
        }

        /** The digest as 40 upper-case hex characters, the form range-query services use. */
        public static String hexUpperCase(byte[]... parts) {
            return HexFormat.of().withUpperCase().formatHex(hash(parts));
        }
    }
}
