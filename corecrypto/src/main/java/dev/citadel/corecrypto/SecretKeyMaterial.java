package dev.citadel.corecrypto;

import dev.citadel.corecrypto.internal.secret.KeyBytes;
import java.util.Arrays;

/**
 * Symmetric key bytes (AES, ChaCha20, HMAC keys, KDF inputs and outputs).
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>{@link #toString()} never shows the bytes; {@link #equals} compares in constant time and
 *       {@link #hashCode()} depends on the length only.</li>
 *   <li>Raw bytes go in and out only with {@link SecretAccess#insecure()}, so every such place is
 *       greppable.</li>
 *   <li>{@link #close()} overwrites the bytes with zeros; later use throws
 *       {@link CryptoException.Reason#KEY_DESTROYED}.</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * WARNING: zeroisation is best effort. The JDK engines copy keys into their own objects
 * ({@code SecretKeySpec}, expanded AES round keys) that corecrypto cannot reach; those copies live until
 * garbage collection. The garbage collector may also have moved (copied) this array before it was cleared.
 */
public final class SecretKeyMaterial implements AutoCloseable {

    static {
        KeyBytes.install(new KeyBytes.Bridge() {
            @Override
            public byte[] borrow(SecretKeyMaterial key) {
                return key.borrow();
            }

            @Override
            public SecretKeyMaterial adopt(byte[] owned) {
                return new SecretKeyMaterial(owned);
            }
        });
    }

    private final byte[] bytes;
    private volatile boolean destroyed;

    private SecretKeyMaterial(byte[] owned) {
        this.bytes = owned;
    }

    /** {@code length} fresh bytes from the system DRBG. */
    public static SecretKeyMaterial generate(int length) {
        return generate(length, RandomSource.system());
    }

    /** {@code length} fresh bytes from {@code random}. */
    public static SecretKeyMaterial generate(int length, RandomSource random) {
        if (length < 1) {
            throw new InvalidInputException(CryptoException.Reason.INVALID_KEY_SIZE, "key length must be positive");
        }
        return new SecretKeyMaterial(random.bytes(length));
    }

    /** A copy of {@code raw}; the caller keeps (and should clear) its own array. */
    public static SecretKeyMaterial copyOf(byte[] raw, SecretAccess access) {
        SelfTest.requireOperational();
        SelfTest.requireOperational();
        SecretAccess.require(access);
        return new SecretKeyMaterial(raw.clone());
    }

    /** A copy of the key bytes. */
    public byte[] reveal(SecretAccess access) {
        SelfTest.requireOperational();
        SecretAccess.require(access);
        return borrow().clone();
    }

    /** Length in bytes (not secret). */
    public int size() {
        return bytes.length;
    }

    public boolean isDestroyed() {
        return destroyed;
    }

    /** Constant-time comparison of the key bytes (time depends on the lengths only). */
    public boolean equalsSecret(SecretKeyMaterial other) {
        return other != null && ConstantTime.equal(borrow(), other.borrow());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretKeyMaterial other && equalsSecret(other);
    }

    /** Depends on the length only, so hash tables cannot leak content. */
    @Override
    public int hashCode() {
        return Integer.hashCode(bytes.length);
    }

    @Override
    public String toString() {
        return "SecretKeyMaterial[" + bytes.length + " bytes, redacted]";
    }

    /** Overwrites the bytes with zeros. Idempotent. */
    @Override
    public void close() {
        destroyed = true;
        Arrays.fill(bytes, (byte) 0);
    }

    private byte[] borrow() {
        if (destroyed) {
            throw new InvalidInputException(CryptoException.Reason.KEY_DESTROYED, "key was closed");
        }
        return bytes;
    }
}
