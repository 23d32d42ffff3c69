/**
 * Common Crypto-shaped APIs: {@code CCCrypt} ({@link dev.citadel.cryptokit.commoncrypto.CommonCrypto}),
 * {@code CCCryptorRef} ({@link dev.citadel.cryptokit.commoncrypto.Cryptor}), {@code CCHmac}
 * ({@link dev.citadel.cryptokit.commoncrypto.Hmac}), {@code CCKeyDerivationPBKDF}
 * ({@link dev.citadel.cryptokit.commoncrypto.PBKDF2}) and {@code CCCryptorStatus}.
 *
 * <h2>Security guarantees</h2>
 * AES only; strict key and IV sizes; padding checked at the end of a stream; failures are
 * {@code CryptoKitException}s that map to Apple's status codes.
 *
 * <h2>Does not</h2>
 * WARNING: authenticate. ECB, CBC and CTR are for formats that demand them; prefer {@code AES.GCM}.
 */
package dev.citadel.cryptokit.commoncrypto;
