package dev.citadel.server.keys;

import dev.citadel.corecrypto.AuthenticationFailedException;
import dev.citadel.corecrypto.HashAlgorithm;
import dev.citadel.corecrypto.RandomSource;
import dev.citadel.corecrypto.SecretAccess;
import dev.citadel.corecrypto.SecretKeyMaterial;
import dev.citadel.corecrypto.aead.Aead;
import dev.citadel.corecrypto.aead.SealedBox;
import dev.citadel.corecrypto.kdf.Hkdf;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The key that wraps every server key. It is never used directly: HKDF-SHA-256 derives from it a wrapping key
 * and a {@link MasterKeyFingerprint}, under distinct labels.
 *
 * <h2>Security guarantees</h2>
 * <ul>
 *   <li>Wrapping is AES-256-GCM (SP 800-38D) with a fresh 96-bit random nonce per wrap and the associated
 *       data {@code "citadel/server-key/v1" 0 id 0 purpose 0 algorithm}: a wrapped blob copied to another row,
 *       another purpose or another algorithm fails to unwrap. A handful of wraps per rotation stays many
 *       orders of magnitude below GCM's 2<sup>32</sup> random-nonce limit.</li>
 *   <li>The fingerprint is a one-way function of the master key; knowing it does not help recover the
 *       master key or the wrapping key.</li>
 *   <li>{@code toString} is redacted; {@link #close()} zeroises the derived key held here.</li>
 * </ul>
 *
 * <h2>Does not</h2>
 * Protect against an attacker who can read the server's memory or its master key file/environment.
 */
public final class MasterKey implements AutoCloseable {

    /** Length of a master key in bytes (AES-256). */
    public static final int LENGTH = 32;

    private static final byte[] WRAP_INFO = ascii("citadel/server-keys/v1/wrapping-key");
    private static final byte[] FINGERPRINT_INFO = ascii("citadel/server-keys/v1/fingerprint");
    private static final byte[] AAD_LABEL = ascii("citadel/server-key/v1");

    private final SecretKeyMaterial wrappingKey;
    private final MasterKeyFingerprint fingerprint;

    private MasterKey(SecretKeyMaterial wrappingKey, MasterKeyFingerprint fingerprint) {
        this.wrappingKey = wrappingKey;
        this.fingerprint = fingerprint;
    }

    /** Derives the wrapping key and fingerprint from {@code master} (exactly {@value #LENGTH} bytes; not closed). */
    public static MasterKey of(SecretKeyMaterial master) {
        Objects.requireNonNull(master, "master");
        if (master.size() != LENGTH) {
            throw new IllegalArgumentException("a master key is " + LENGTH + " bytes");
        }
        SecretKeyMaterial wrapping = Hkdf.derive(HashAlgorithm.SHA_256, master, new byte[0], WRAP_INFO, LENGTH);
        try (SecretKeyMaterial print = Hkdf.derive(HashAlgorithm.SHA_256, master, new byte[0], FINGERPRINT_INFO,
                MasterKeyFingerprint.LENGTH)) {
            byte[] raw = print.reveal(SecretAccess.insecure()); // a public, one-way value
            return new MasterKey(wrapping, new MasterKeyFingerprint(HexFormat.of().formatHex(raw)));
        }
    }

    public MasterKeyFingerprint fingerprint() {
        return fingerprint;
    }

    /** Seals {@code material} for the key {@code metadata} describes. */
    public WrappedServerKey wrap(ServerKey metadata, SecretKeyMaterial material, RandomSource random) {
        byte[] plain = material.reveal(SecretAccess.insecure());
        try {
            SealedBox box = Aead.AES_GCM.seal(wrappingKey, plain, associatedData(metadata), random);
            return new WrappedServerKey(metadata, WrappedServerKey.SCHEME_A256GCM_V1, box.combined(), fingerprint);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /**
     * The material of {@code stored}. Throws {@link KeyStoreException} with {@code MASTER_KEY_MISMATCH} if
     * another master key wrapped it, {@code KEY_TAMPERED} if it does not authenticate for its own id,
     * purpose and algorithm.
     */
    public SecretKeyMaterial unwrap(WrappedServerKey stored) {
        if (!stored.fingerprint().equals(fingerprint)) {
            throw mismatch(stored.fingerprint());
        }
        if (!stored.scheme().equals(WrappedServerKey.SCHEME_A256GCM_V1)) {
            throw new KeyStoreException(KeyStoreException.Reason.KEY_TAMPERED, "server key " + stored.key().id()
                    + " uses an unknown wrapping scheme", null);
        }
        byte[] plain;
        try {
            plain = Aead.AES_GCM.open(wrappingKey, SealedBox.fromCombined(Aead.AES_GCM, stored.wrapped()),
                    associatedData(stored.key()));
        } catch (AuthenticationFailedException | dev.citadel.corecrypto.InvalidInputException e) {
            throw new KeyStoreException(KeyStoreException.Reason.KEY_TAMPERED, "server key " + stored.key().id()
                    + " does not authenticate (modified, or copied from another key)", e);
        }
        try {
            if (plain.length != stored.key().algorithm().materialLength()) {
                throw new KeyStoreException(KeyStoreException.Reason.KEY_TAMPERED, "server key " + stored.key().id()
                        + " has material of the wrong length", null);
            }
            return SecretKeyMaterial.copyOf(plain, SecretAccess.insecure());
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The refusal when stored keys carry {@code stored} instead of this key's fingerprint. */
    KeyStoreException mismatch(MasterKeyFingerprint stored) {
        return new KeyStoreException(KeyStoreException.Reason.MASTER_KEY_MISMATCH,
                "master key does not match the key store (stored keys were wrapped under master key " + stored
                        + ", the configured one is " + fingerprint + ")", null);
    }

    /** {@code "citadel/server-key/v1" 0x00 id 0x00 purpose 0x00 algorithm}: binds the blob to its row. */
    static byte[] associatedData(ServerKey key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(AAD_LABEL);
        for (String part : new String[] {key.id(), key.purpose().wireName(), key.algorithm().joseName()}) {
            out.write(0);
            out.writeBytes(ascii(part));
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Zeroises the derived wrapping key. */
    @Override
    public void close() {
        wrappingKey.close();
    }

    @Override
    public String toString() {
        return "MasterKey[fingerprint=" + fingerprint + ", redacted]";
    }
}
