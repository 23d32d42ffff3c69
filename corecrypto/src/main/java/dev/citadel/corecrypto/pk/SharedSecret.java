package dev.citadel.corecrypto.pk;

import dev.citadel.corecrypto.SelfTest;
import dev.citadel.corecrypto.CryptoException;
import dev.citadel.corecrypto.InvalidInputException;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.ConstantTime;
import java.util.Arrays;

/**
 * The output of a key agreement or key encapsulation. Feed it to a KDF; never use it as a key directly.
 *
 * <h2>Security guarantees</h2>
 * Redacted {@code toString}; identity-based {@code equals}/{@code hashCode} (no content leaks);
 * {@link #equalsSecret} compares in constant time; {@link #close()} overwrites the bytes held here.
 */
public final class SharedSecret implements AutoCloseable {

    private final byte[] bytes;
    private volatile boolean closed;

    /** Takes ownership of {@code bytes} (no copy): the caller must not keep a reference. */
    public static SharedSecret adopt(byte[] bytes) {
        return new SharedSecret(bytes);
    }

    private SharedSecret(byte[] bytes) {
        this.bytes = bytes;
    }

    public int length() {
        return bytes.length;
    }

    /** A copy of the secret bytes. */
    public byte[] reveal(SecretAccess access) {
        SelfTest.requireOperational();
        SecretAccess.require(access);
        requireOpen();
        return bytes.clone();
    }

    /** Constant-time comparison of the secret contents. */
    public boolean equalsSecret(SharedSecret other) {
        requireOpen();
        other.requireOpen();
        return ConstantTime.equal(bytes, other.bytes);
    }

    private void requireOpen() {
        if (closed) {
            throw new InvalidInputException(CryptoException.Reason.KEY_DESTROYED, "shared secret was closed");
        }
    }

    @Override
    public void close() {
        closed = true;
        Arrays.fill(bytes, (byte) 0);
    }

    @Override
    public String toString() {
        return "SharedSecret[" + bytes.length + " bytes, redacted]";
    }
}
