package dev.citadel.corecrypto.pq;

import dev.citadel.corecrypto.pk.SharedSecret;

/** The result of ML-KEM.Encaps: the ciphertext to send and the shared secret to keep. */
public final class MlKemEncapsulation implements AutoCloseable {

    private final byte[] ciphertext;
    private final SharedSecret sharedSecret;

    MlKemEncapsulation(byte[] ciphertext, SharedSecret sharedSecret) {
        this.ciphertext = ciphertext;
        this.sharedSecret = sharedSecret;
    }

    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    public SharedSecret sharedSecret() {
        return sharedSecret;
    }

    @Override
    public void close() {
        sharedSecret.close();
    }

    @Override
    public String toString() {
        return "MlKemEncapsulation[ciphertext " + ciphertext.length + " bytes, secret redacted]";
    }
}
