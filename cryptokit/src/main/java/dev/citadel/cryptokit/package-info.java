/**
 * CryptoKit-shaped cryptography: algorithm families as holder types ({@link dev.citadel.cryptokit.AES},
 * {@link dev.citadel.cryptokit.P256}, {@link dev.citadel.cryptokit.Curve25519}, {@link dev.citadel.cryptokit.XWing}, …),
 * purposes nested inside ({@code P256.Signing}, {@code P256.KeyAgreement}).
 *
 * <h2>Security guarantees</h2>
 * Library-generated nonces; verification returns a {@code Verified*} value or throws; every failure is a
 * {@link dev.citadel.cryptokit.CryptoKitException} with a reason; secrets are redacted, compared in
 * constant time, zeroised on close and revealed only with {@link dev.citadel.cryptokit.SecretAccess#insecure()};
 * every representation is parsed strictly. All primitives run in corecrypto.
 *
 * <h2>Does not</h2>
 * Offer legacy algorithms (SHA-1, MD5, 3DES), caller-chosen AEAD nonces, or streaming hashes and AEADs.
 * See {@code docs/cryptokit.md} for the threat model.
 */
package dev.citadel.cryptokit;
