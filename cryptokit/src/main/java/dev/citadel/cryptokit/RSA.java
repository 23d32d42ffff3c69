package dev.citadel.cryptokit;

import dev.citadel.corecrypto.pk.SignatureHash;
import dev.citadel.corecrypto.rsa.RsaPssParameters;
import dev.citadel.corecrypto.rsa.RsaPublicKey;
import dev.citadel.cryptokit.internal.failure.CoreFailures;

/**
 * RSA signature verification with keys of any modulus size corecrypto accepts (2048 to 16384 bits), shaped like
 * swift-crypto's {@code _RSA.Signing.PublicKey}. {@link dev.citadel.cryptokit.keys.SecKeys} offers RSA keys of the
 * three sizes Apple platforms generate; protocols that receive keys from elsewhere (a WebAuthn COSE key, a JWK)
 * meet other sizes, and verify them here.
 *
 * <h2>Security guarantees</h2>
 * Moduli below 2048 bits are refused ({@code INVALID_KEY}); signatures must be exactly the modulus length;
 * PSS uses MGF1 with the same hash and a salt as long as the hash (RFC 8230 §2, RFC 7518 §3.5).
 *
 * <h2>Does not</h2>
 * Sign, or verify with SHA-1 (except through {@link Insecure.RSASignatureSHA1}) or SHA-3 hashes.
 */
public final class RSA {

    private RSA() {}

    /** RSA signature keys. */
    public static final class Signing {

        private Signing() {}

        /** An RSA public key for verification. */
        public static final class PublicKey {
            private final RsaPublicKey key;

            private PublicKey(RsaPublicKey key) {
                this.key = key;
            }

            /** PKCS#1 {@code RSAPublicKey} in strict DER. */
            public static PublicKey fromPkcs1DerRepresentation(byte[] der) {
                return new PublicKey(CoreFailures.call(() -> RsaPublicKey.fromPkcs1(der)));
            }

            /** SubjectPublicKeyInfo in strict DER. */
            public static PublicKey fromDerRepresentation(byte[] spki) {
                return new PublicKey(CoreFailures.call(() -> RsaPublicKey.fromSpki(spki)));
            }

            RsaPublicKey core() {
                return key;
            }

            /** The modulus size in bits. */
            public int keySizeInBits() {
                return key.modulusBits();
            }

            /** RSASSA-PKCS1-v1_5 with {@code hash}; {@code INVALID_SIGNATURE} otherwise. */
            public VerifiedSignature verifyPkcs1v15(HashFunction hash, byte[] signature, byte[] data) {
                SignatureHash h = hash(hash);
                CoreFailures.run(() -> key.verifyPkcs1(data, signature, h));
                return new VerifiedSignature("RSASSA-PKCS1-v1_5-" + hash);
            }

            /** RSASSA-PSS with {@code hash}, MGF1 with {@code hash}, salt length = hash length; {@code INVALID_SIGNATURE} otherwise. */
            public VerifiedSignature verifyPss(HashFunction hash, byte[] signature, byte[] data) {
                SignatureHash h = hash(hash);
                CoreFailures.run(() -> key.verifyPss(data, signature, RsaPssParameters.of(h)));
                return new VerifiedSignature("RSASSA-PSS-" + hash);
            }

            private static SignatureHash hash(HashFunction hash) {
                return switch (hash) {
                    case SHA256 -> SignatureHash.SHA_256;
                    case SHA384 -> SignatureHash.SHA_384;
                    case SHA512 -> SignatureHash.SHA_512;
                    default -> throw CryptoKitException.of(CryptoKitException.Reason.UNSUPPORTED_ALGORITHM, "RSA signatures with " + hash);
                };
            }

            @Override
            public String toString() {
                return "RSA.Signing.PublicKey[" + key.modulusBits() + " bits]";
            }
        }
    }
}
