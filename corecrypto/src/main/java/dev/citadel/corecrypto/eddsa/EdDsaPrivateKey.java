package dev.citadel.corecrypto.eddsa;

import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.internal.der.Rfc8410Keys;
import dev.citadel.corecrypto.internal.ec.EdwardsEngine;
import dev.citadel.corecrypto.internal.pct.PairwiseConsistency;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.CryptoException.Reason;
import dev.citadel.corecrypto.SecretAccess;
import java.util.Arrays;

/**
 * An Ed25519 or Ed448 signing key: the RFC 8032 private key (a 32- or 57-byte seed).
 *
 * <h2>Security guarantees</h2>
 * Deterministic signatures (RFC 8032); generation runs a sign/verify pairwise consistency test; redacted
 * {@code toString}; identity {@code equals}; {@link #close()} zeroises the seed held here.
 *
 * <h2>Does not</h2>
 * Offer Ed25519ctx/ph or Ed448 contexts. Zeroise the JDK's short-lived key copies (Ed448).
 */
public final class EdDsaPrivateKey implements AutoCloseable {

    private static final byte[] PCT_MESSAGE = "Citadel EdDSA pairwise consistency".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final EdDsaAlgorithm algorithm;
    private final byte[] seed;
    private final EdDsaPublicKey publicKey;
    private volatile boolean closed;

    private EdDsaPrivateKey(EdDsaAlgorithm algorithm, byte[] seed) {
        this.algorithm = algorithm;
        this.seed = seed;
        this.publicKey = EdDsaPublicKey.fromRaw(algorithm, EdwardsEngine.current().publicKey(algorithm.engineCurve, seed));
    }

    public static EdDsaPrivateKey generate(EdDsaAlgorithm algorithm) {
        return generate(algorithm, RandomSource.system());
    }

    public static EdDsaPrivateKey generate(EdDsaAlgorithm algorithm, RandomSource random) {
        SelfTest.requireOperational();
        EdDsaPrivateKey k = new EdDsaPrivateKey(algorithm, random.bytes(algorithm.keyLength()));
        PairwiseConsistency.require(algorithm.name(), () -> {
            try {
                k.publicKey.verify(PCT_MESSAGE, k.sign(PCT_MESSAGE));
                return true;
            } catch (CryptoException e) {
                return false;
            }
        });
        return k;
    }

    /** The raw RFC 8032 private key (copied). */
    public static EdDsaPrivateKey fromRaw(EdDsaAlgorithm algorithm, byte[] raw) {
        SelfTest.requireOperational();
        if (raw.length != algorithm.keyLength()) {
            throw new InvalidInputException(Reason.INVALID_ENCODING, algorithm + " private key must be " + algorithm.keyLength() + " bytes");
        }
        return new EdDsaPrivateKey(algorithm, raw.clone());
    }

    /** RFC 8410 §7 PKCS#8 private key; an embedded public key must match. */
    public static EdDsaPrivateKey fromPkcs8(byte[] der) {
        SelfTest.requireOperational();
        Rfc8410Keys.Parsed parsed = Rfc8410Keys.parse(der);
        for (EdDsaAlgorithm a : EdDsaAlgorithm.values()) {
            if (parsed.oid().equalsArray(a.oid)) {
                byte[] raw = parsed.privateKey().toArray();
                try {
                    EdDsaPrivateKey k = fromRaw(a, raw);
                    if (parsed.publicKey() != null && !parsed.publicKey().equalsArray(k.publicKey.raw())) {
                        k.close();
                        throw new InvalidInputException(Reason.INVALID_KEY, "embedded public key does not match");
                    }
                    return k;
                } finally {
                    Arrays.fill(raw, (byte) 0);
                }
            }
        }
        throw new InvalidInputException(Reason.UNSUPPORTED_PARAMETERS, "not an Ed25519 or Ed448 private key");
    }

    /** RFC 8410 §7 PKCS#8 encoding. */
    public byte[] revealPkcs8(SecretAccess access) {
        SelfTest.requireOperational();
        SecretAccess.require(access);
        return Rfc8410Keys.encode(algorithm.oid, open());
    }

    public EdDsaAlgorithm algorithm() {
        return algorithm;
    }

    public EdDsaPublicKey publicKey() {
        return publicKey;
    }

    public byte[] sign(byte[] message) {
        SelfTest.requireOperational();
        return EdwardsEngine.current().sign(algorithm.engineCurve, open(), publicKey.rawForEngine(), message);
    }

    public byte[] revealRaw(SecretAccess access) {
        SelfTest.requireOperational();
        SecretAccess.require(access);
        return open().clone();
    }

    private byte[] open() {
        if (closed) {
            throw new InvalidInputException(CryptoException.Reason.KEY_DESTROYED, "private key was closed");
        }
        return seed;
    }

    @Override
    public void close() {
        closed = true;
        Arrays.fill(seed, (byte) 0);
    }

    @Override
    public String toString() {
        return "EdDsaPrivateKey[" + algorithm + ", redacted]";
    }
}
