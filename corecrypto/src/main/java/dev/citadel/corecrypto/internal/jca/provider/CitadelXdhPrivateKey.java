package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.ec.XdhPrivateKey;
import java.security.MessageDigest;
import java.security.interfaces.XECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.util.Optional;
import javax.security.auth.Destroyable;

/**
 * An X25519 private key of the Citadel provider, backed by corecrypto's {@link XdhPrivateKey}.
 * {@code getScalar()} and {@code getEncoded()} reveal it (the JCA contract); {@link #destroy()} zeroises it.
 */
public final class CitadelXdhPrivateKey implements XECPrivateKey, Destroyable {

    private static final long serialVersionUID = 1L;

    private final transient XdhPrivateKey key;
    private volatile boolean destroyed;

    CitadelXdhPrivateKey(XdhPrivateKey key) {
        this.key = key;
    }

    XdhPrivateKey key() {
        return key;
    }

    CitadelXdhPublicKey publicKey() {
        return new CitadelXdhPublicKey(key.publicKey());
    }

    @Override
    public Optional<byte[]> getScalar() {
        return Optional.of(ProviderSecrets.raw(key));
    }

    @Override
    public NamedParameterSpec getParams() {
        return NamedParameterSpec.X25519;
    }

    /** "XDH", as the JDK's X25519 keys answer. */
    @Override
    public String getAlgorithm() {
        return ProviderAlgorithms.XDH;
    }

    @Override
    public String getFormat() {
        return ProviderAlgorithms.PKCS8;
    }

    @Override
    public byte[] getEncoded() {
        return ProviderSecrets.pkcs8(key);
    }

    @Override
    public void destroy() {
        destroyed = true;
        key.close();
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XECPrivateKey other && !destroyed && ProviderAlgorithms.PKCS8.equals(other.getFormat())
                && MessageDigest.isEqual(getEncoded(), other.getEncoded());
    }

    @Override
    public int hashCode() {
        return CitadelXdhPrivateKey.class.hashCode();
    }

    /** Serialised as its standard encoding ({@code KeyRep}), as the JDK's keys are; the fields are never written. */
    @java.io.Serial
    private Object writeReplace() {
        return new java.security.KeyRep(java.security.KeyRep.Type.PRIVATE, ProviderAlgorithms.XDH, ProviderAlgorithms.PKCS8, getEncoded());
    }

    @Override
    public String toString() {
        return "Citadel X25519 private key [redacted]";
    }
}
