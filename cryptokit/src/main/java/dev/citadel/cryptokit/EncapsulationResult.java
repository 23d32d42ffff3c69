package dev.citadel.cryptokit;

/**
 * A KEM encapsulation (CryptoKit {@code KEM.EncapsulationResult}): the ciphertext to send and the
 * shared key to keep. {@link #close()} zeroises the key.
 */
public final class EncapsulationResult implements AutoCloseable {

    private final SymmetricKey sharedSecret;
    private final byte[] encapsulated;

    EncapsulationResult(SymmetricKey sharedSecret, byte[] encapsulated) {
        this.sharedSecret = sharedSecret;
        this.encapsulated = encapsulated;
    }

    public SymmetricKey sharedSecret() {
        return sharedSecret;
    }

    public byte[] encapsulated() {
        return encapsulated.clone();
    }

    @Override
    public void close() {
        sharedSecret.close();
    }

    @Override
    public String toString() {
        return "EncapsulationResult[" + encapsulated.length + "-byte ciphertext, key redacted]";
    }
}
