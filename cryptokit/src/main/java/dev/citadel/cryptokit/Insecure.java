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

    /**
     * RSASSA-PKCS1-v1_5 with SHA-1, verification only, for the one place a protocol still fixes it: TPM 2.0
     * attestation statements with COSE algorithm {@code RS1} (WebAuthn §8.3, Windows Hello on older TPMs).
     *
     * <p>WARNING: a SHA-1 chosen-prefix collision (SHAttered, Shambles) lets whoever controls both messages make
     * one signature cover two; use it only where the signer, not the attacker, chooses what is signed and a
     * forgery gains nothing the surrounding checks do not already refuse. Never accept it for new keys.
     */
    public static final class RSASignatureSHA1 {

        private RSASignatureSHA1() {}

        /** Verifies {@code signature} over {@code data} with {@code key}; {@code INVALID_SIGNATURE} otherwise. */
        public static VerifiedSignature verify(RSA.Signing.PublicKey key, byte[] signature, byte[] data) {
            CoreFailures.run(() -> key.core().verifyPkcs1Sha1Legacy(data, signature));
            return new VerifiedSignature("RSASSA-PKCS1-v1_5-SHA1 (insecure)");
        }
    }
}
