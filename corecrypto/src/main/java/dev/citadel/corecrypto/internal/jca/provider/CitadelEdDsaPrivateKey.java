package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.eddsa.EdDsaPrivateKey;
import java.security.MessageDigest;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.util.Optional;
import javax.security.auth.Destroyable;

/**
 * An Ed25519 private key of the Citadel provider, backed by corecrypto's {@link EdDsaPrivateKey}.
 * {@code getBytes()} and {@code getEncoded()} reveal the seed (the JCA contract); {@link #destroy()}
 * zeroises it here and in corecrypto's key.
 */
public final class CitadelEdDsaPrivateKey implements EdECPrivateKey, Destroyable {

    private static final long serialVersionUID = 1L;

    private final transient EdDsaPrivateKey key;
    private volatile boolean destroyed;

    CitadelEdDsaPrivateKey(EdDsaPrivateKey key) {
        this.key = key;
    }

    EdDsaPrivateKey key() {
        return key;
    }

    CitadelEdDsaPublicKey publicKey() {
        return new CitadelEdDsaPublicKey(key.publicKey());
    }

    @Override
    public Optional<byte[]> getBytes() {
        return Optional.of(ProviderSecrets.raw(key));
    }

    @Override
    public NamedParameterSpec getParams() {
        return NamedParameterSpec.ED25519;
    }

    /** "EdDSA", as the JDK's Ed25519 keys answer. */
    @Override
    public String getAlgorithm() {
        return ProviderAlgorithms.EDDSA;
    }

    @Override
    public String getFormat() {
        return ProviderAlgorithms.PKCS8;
    }

    /** RFC 8410 §7 OneAsymmetricKey, version 1. */
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
        return o instanceof EdECPrivateKey other && !destroyed && ProviderAlgorithms.PKCS8.equals(other.getFormat())
                && MessageDigest.isEqual(getEncoded(), other.getEncoded());
    }

    @Override
    public int hashCode() {
        return CitadelEdDsaPrivateKey.class.hashCode();
    }

    /** Serialised as its standard encoding ({@code KeyRep}), as the JDK's keys are; the fields are never written. */
    @java.io.Serial
    private Object writeReplace() {
        return new java.security.KeyRep(java.security.KeyRep.Type.PRIVATE, ProviderAlgorithms.EDDSA, ProviderAlgorithms.PKCS8, getEncoded());
    }

    @Override
    public String toString() {
        return "Citadel Ed25519 private key [redacted]";
    }
}
