package dev.citadel.server.admin;

import dev.citadel.corecrypto.ConstantTime;
import java.util.Arrays;

/** The SHA-256 hash of a token secret. Compared in constant time; never printed. */
public final class SecretHash {

    private final byte[] hash;

    public SecretHash(byte[] hash) {
        if (hash.length != 32) {
            throw new IllegalArgumentException("a secret hash is 32 bytes");
        }
        this.hash = hash.clone();
    }

    public byte[] bytes() {
        return hash.clone();
    }

    public boolean matches(byte[] candidateHash) {
        return ConstantTime.equal(hash, candidateHash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretHash other && ConstantTime.equal(hash, other.hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(Arrays.copyOf(hash, 4));
    }

    @Override
    public String toString() {
        return "SecretHash[redacted]";
    }
}
