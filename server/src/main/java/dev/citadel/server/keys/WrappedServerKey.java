package dev.citadel.server.keys;

import java.util.Objects;

/**
 * A server key as stored: its metadata, its material sealed under the master key, and the fingerprint of
 * that master key. The wrapped bytes are ciphertext; they are still never printed.
 */
public final class WrappedServerKey {

    /** The wrapping scheme written today: AES-256-GCM under an HKDF-derived key, id/purpose/algorithm as AAD. */
    public static final String SCHEME_A256GCM_V1 = "A256GCM-v1";

    private final ServerKey key;
    private final String scheme;
    private final byte[] wrapped;
    private final MasterKeyFingerprint fingerprint;

    public WrappedServerKey(ServerKey key, String scheme, byte[] wrapped, MasterKeyFingerprint fingerprint) {
        this.key = Objects.requireNonNull(key, "key");
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.wrapped = Objects.requireNonNull(wrapped, "wrapped").clone();
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public ServerKey key() {
        return key;
    }

    /** How {@link #wrapped()} was produced ({@link #SCHEME_A256GCM_V1}). */
    public String scheme() {
        return scheme;
    }

    /** A copy of the wrapped material: {@code nonce || ciphertext || tag}. */
    public byte[] wrapped() {
        return wrapped.clone();
    }

    /** The fingerprint of the master key that wrapped it. */
    public MasterKeyFingerprint fingerprint() {
        return fingerprint;
    }

    @Override
    public String toString() {
        return "WrappedServerKey[" + key + ", " + scheme + ", " + wrapped.length + " bytes, master " + fingerprint + "]";
    }
}
