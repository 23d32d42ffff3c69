package dev.citadel.cryptokit;

import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.CoreViews;
import dev.citadel.cryptokit.internal.material.KeyMaterial;

/**
 * A symmetric key (CryptoKit {@code SymmetricKey}): AES, ChaCha20, HMAC and KDF keys.
 *
 * <pre>{@code
 * try (SymmetricKey key = SymmetricKey.generate(SymmetricKeySize.BITS_256)) { … }
 * }</pre>
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>Bytes go in and out only with {@link SecretAccess#insecure()} (greppable).</li>
 *   <li>{@link #toString()} is redacted; {@link #equals} compares in constant time; {@link #hashCode()}
 *       depends on the length only.</li>
 *   <li>{@link #close()} zeroises the bytes; later use throws {@code KEY_DESTROYED}.</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * WARNING: zeroisation is best effort (JDK engines keep their own short-lived copies).
 * Accept an empty key, or one longer than {@link #MAX_BYTES}.
 */
public final class SymmetricKey implements AutoCloseable {

    /** Bounds a key import (8 KiB): longer "keys" are data, and HMAC would hash them anyway. */
    public static final int MAX_BYTES = 8192;

    static {
        KeyMaterial.install(new KeyMaterial.Bridge() {
            @Override
            public SecretKeyMaterial borrow(SymmetricKey key) {
                return key.material;
            }

            @Override
            public SymmetricKey adopt(SecretKeyMaterial material) {
                return new SymmetricKey(material);
            }
        });
    }

    private final SecretKeyMaterial material;

    private SymmetricKey(SecretKeyMaterial material) {
        this.material = material;
    }

    /** A fresh key of {@code size} from the system DRBG. */
    public static SymmetricKey generate(SymmetricKeySize size) {
        return generate(size, RandomSource.system());
    }

    /** A fresh key of {@code size} from {@code random}. */
    public static SymmetricKey generate(SymmetricKeySize size, RandomSource random) {
        return new SymmetricKey(CoreFailures.call(() -> SecretKeyMaterial.generate(size.byteCount(), CoreViews.random(random))));
    }

    /** A fresh key of {@code bits} bits (a positive multiple of 8). */
    public static SymmetricKey generate(int bits) {
        return generate(SymmetricKeySize.ofBits(bits));
    }

    /** A copy of {@code raw}; the caller keeps (and should clear) its own array. */
    public static SymmetricKey fromBytes(byte[] raw, SecretAccess access) {
        SecretAccess.require(access);
        if (raw.length == 0 || raw.length > MAX_BYTES) {
            throw CryptoKitException.of(CryptoKitException.Reason.INCORRECT_KEY_SIZE, "key must be 1.." + MAX_BYTES + " bytes");
        }
        return new SymmetricKey(CoreFailures.call(() -> SecretKeyMaterial.copyOf(raw, dev.citadel.corecrypto.SecretAccess.insecure())));
    }

    /** The key length in bits (not secret). */
    public int bitCount() {
        return material.size() * 8;
    }

    /** A copy of the key bytes. */
    public byte[] reveal(SecretAccess access) {
        SecretAccess.require(access);
        return CoreFailures.call(() -> material.reveal(dev.citadel.corecrypto.SecretAccess.insecure()));
    }

    /** Constant-time comparison (time depends on the lengths only). */
    public boolean equalsSecret(SymmetricKey other) {
        return other != null && CoreFailures.call(() -> material.equalsSecret(other.material));
    }

    /** Constant-time; false (never an exception) when either key is closed, so collections stay usable. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SymmetricKey other && !material.isDestroyed() && !other.material.isDestroyed() && equalsSecret(other);
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(material.size());
    }

    @Override
    public String toString() {
        return "SymmetricKey[" + bitCount() + " bits, redacted]";
    }

    /** Overwrites the bytes with zeros. Idempotent. */
    @Override
    public void close() {
        material.close();
    }
}
