/**
 * Nimbus JOSE+JWT integration: {@link dev.citadel.cryptokit.jose.CryptoKitJwsSigner} and
 * {@link dev.citadel.cryptokit.jose.CryptoKitJwsVerifier} sign and verify with cryptokit
 * {@link dev.citadel.cryptokit.keys.SecKey}s, so Nimbus never handles key bytes.
 *
 * <h2>Security guarantees</h2>
 * The JWS {@code alg} must match the key; ECDSA signatures must have the exact JOSE length.
 *
 * <h2>Does not</h2>
 * Validate JWT claims (use Nimbus's processors) or offer HMAC JWS.
 */
package dev.citadel.cryptokit.jose;
