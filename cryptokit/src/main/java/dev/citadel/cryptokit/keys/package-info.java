/**
 * SecKey-shaped asymmetric keys: one {@link dev.citadel.cryptokit.keys.SecKey} interface whatever holds
 * the key (software today via {@link dev.citadel.cryptokit.keys.SecKeys}, tokens later), with Apple's
 * algorithm names and external representations, Apple-format ECIES and X9.63 key exchange.
 *
 * <h2>Security guarantees</h2>
 * Validated imports, non-extractable private keys refuse export, verification returns a
 * {@code VerifiedSignature} or throws.
 *
 * <h2>Does not</h2>
 * Persist keys or keep them out of this process's memory (software keys).
 */
package dev.citadel.cryptokit.keys;
