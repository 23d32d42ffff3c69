package dev.citadel.cryptokit.keys;

import dev.citadel.cryptokit.SymmetricKey;
import dev.citadel.cryptokit.VerifiedSignature;

/**
 * One asymmetric key, whatever holds it (Apple {@code SecKey}): software now ({@link SecKeys}), tokens
 * and hardware later through this same interface.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>A non-extractable private key refuses {@link #copyExternalRepresentation()} with
 *       {@code NOT_EXTRACTABLE}; its public key is always available.</li>
 *   <li>{@link #verifySignature} returns a {@link VerifiedSignature} or throws {@code INVALID_SIGNATURE}.</li>
 *   <li>Decryption failures are one reason ({@code AUTHENTICATION_FAILURE} for ECIES,
 *       {@code INVALID_CIPHERTEXT} for RSA-OAEP) with no detail an attacker could use as an oracle.</li>
 *   <li>An algorithm the key cannot perform throws {@code UNSUPPORTED_ALGORITHM}; ask first with
 *       {@link #isAlgorithmSupported}.</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Offer SHA-1, PKCS#1 v1.5 encryption or raw RSA. For software keys "non-extractable" is a policy: the
 * bytes are in this process's memory (zeroised on {@link #close()}).
 *
 * <p>Implementations MUST be safe for concurrent use of every method except {@link #close()}; MUST NOT
 * return null; MUST throw only {@code CryptoKitException} for bad input.
 */
public interface SecKey extends AutoCloseable {

    KeyType keyType();

    KeyClass keyClass();

    /** Whether the private key's external representation may leave the key. Always true for public keys. */
    boolean isExtractable();

    /** The public half (Apple {@code SecKeyCopyPublicKey}); for a public key, itself. */
    SecKey copyPublicKey();

    /**
     * Apple {@code SecKeyCopyExternalRepresentation}: EC public {@code 04||X||Y}, private
     * {@code 04||X||Y||K}; RSA PKCS#1 {@code RSAPublicKey}/{@code RSAPrivateKey}; Ed25519/X25519 the raw
     * 32 bytes. {@code NOT_EXTRACTABLE} for a non-extractable private key.
     */
    byte[] copyExternalRepresentation();

    /** Apple {@code SecKeyIsAlgorithmSupported}: a capability query, not a verification. */
    boolean isAlgorithmSupported(KeyOperation operation, KeyAlgorithm algorithm);

    byte[] createSignature(KeyAlgorithm algorithm, byte[] data);

    VerifiedSignature verifySignature(KeyAlgorithm algorithm, byte[] data, byte[] signature);

    byte[] createEncryptedData(KeyAlgorithm algorithm, byte[] plaintext);

    byte[] createDecryptedData(KeyAlgorithm algorithm, byte[] ciphertext);

    /** Apple {@code SecKeyCopyKeyExchangeResult}: this private key with {@code peer}'s public key. */
    SymmetricKey copyKeyExchangeResult(KeyAlgorithm algorithm, SecKey peer, KeyExchangeParameters parameters);

    /** Zeroises private material held here. */
    @Override
    void close();
}
