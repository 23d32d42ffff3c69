package dev.citadel.cryptokit;

import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.kdf.Hkdf;
import dev.citadel.corecrypto.kdf.X963Kdf;
import dev.citadel.cryptokit.internal.failure.CoreFailures;
import dev.citadel.cryptokit.internal.material.CoreViews;
import dev.citadel.cryptokit.internal.material.KeyMaterial;
import java.util.Arrays;

/**
 * The output of a key agreement (CryptoKit {@code SharedSecret}). Not a key: derive one with
 * {@link #hkdfDerivedSymmetricKey} or {@link #x963DerivedSymmetricKey}.
 *
 * <h2>Security guarantees</h2>
 * Redacted {@code toString}; {@link #equalsSecret} is constant-time; {@link #close()} zeroises the
 * bytes; raw bytes only through {@link SecretAccess#insecure()}.
 *
 * <h2>Does not</h2>
 * Act as a key directly (its bits are not uniform: an EC x-coordinate is biased).
 */
public final class SharedSecret implements AutoCloseable {

    static {
        KeyMaterial.install(new KeyMaterial.SharedBridge() {
            @Override
            public SecretKeyMaterial borrow(SharedSecret secret) {
                return secret.material;
            }

            @Override
            public SharedSecret adopt(SecretKeyMaterial material) {
                return new SharedSecret(material);
            }
        });
    }

    private final SecretKeyMaterial material;

    private SharedSecret(SecretKeyMaterial material) {
        this.material = material;
    }

    /** Takes over a corecrypto shared secret (closing it after copying). */
    static SharedSecret fromCore(dev.citadel.corecrypto.pk.SharedSecret core) {
        try (core) {
            byte[] raw = core.reveal(dev.citadel.corecrypto.SecretAccess.insecure());
            try {
                return new SharedSecret(SecretKeyMaterial.copyOf(raw, dev.citadel.corecrypto.SecretAccess.insecure()));
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        }
    }

    /** A KEM output used as a key directly (ML-KEM and X-Wing secrets are uniform 32-byte keys). */
    static SymmetricKey keyFromCore(dev.citadel.corecrypto.pk.SharedSecret core) {
        try (SharedSecret s = fromCore(core)) {
            return KeyMaterial.adopt(CoreFailures.call(() -> SecretKeyMaterial.copyOf(
                    s.material.reveal(dev.citadel.corecrypto.SecretAccess.insecure()), dev.citadel.corecrypto.SecretAccess.insecure())));
        }
    }

    /** A copy of {@code raw} (for protocols that carry a secret from elsewhere). */
    public static SharedSecret fromBytes(byte[] raw, SecretAccess access) {
        SecretAccess.require(access);
        return new SharedSecret(CoreFailures.call(() -> SecretKeyMaterial.copyOf(raw, dev.citadel.corecrypto.SecretAccess.insecure())));
    }

    /** HKDF (RFC 5869) with {@code salt} and {@code sharedInfo} as info. */
    public SymmetricKey hkdfDerivedSymmetricKey(HashFunction hash, byte[] salt, byte[] sharedInfo, int outputByteCount) {
        return KeyMaterial.adopt(CoreFailures.call(() -> Hkdf.derive(CoreViews.hash(hash), material, salt, sharedInfo, outputByteCount)));
    }

    /** The ANSI X9.63 KDF (SEC 1 §3.6.1): {@code Hash(Z || counter || sharedInfo)}. */
    public SymmetricKey x963DerivedSymmetricKey(HashFunction hash, byte[] sharedInfo, int outputByteCount) {
        return KeyMaterial.adopt(CoreFailures.call(() -> X963Kdf.derive(CoreViews.hash(hash), material, sharedInfo, outputByteCount)));
    }

    public int byteCount() {
        return material.size();
    }

    public byte[] reveal(SecretAccess access) {
        SecretAccess.require(access);
        return CoreFailures.call(() -> material.reveal(dev.citadel.corecrypto.SecretAccess.insecure()));
    }

    public boolean equalsSecret(SharedSecret other) {
        return other != null && CoreFailures.call(() -> material.equalsSecret(other.material));
    }

    @Override
    public String toString() {
        return "SharedSecret[" + material.size() + " bytes, redacted]";
    }

    @Override
    public void close() {
        material.close();
    }
}
