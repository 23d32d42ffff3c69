package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.ec.XdhPublicKey;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.interfaces.XECPublicKey;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;

/** An X25519 public key of the Citadel provider: the RFC 7748 u-coordinate. */
public final class CitadelXdhPublicKey implements XECPublicKey {

    private static final long serialVersionUID = 1L;

    private final transient XdhPublicKey key;

    CitadelXdhPublicKey(XdhPublicKey key) {
        this.key = key;
    }

    XdhPublicKey key() {
        return key;
    }

    /** u as RFC 7748 §5 decodes it: little-endian, the unused top bit masked (as the JDK's keys answer). */
    @Override
    public BigInteger getU() {
        byte[] raw = key.raw();
        raw[raw.length - 1] &= 0x7f;
        return new BigInteger(1, LittleEndian.reverse(raw));
    }

    @Override
    public NamedParameterSpec getParams() {
        return NamedParameterSpec.X25519;
    }

    @Override
    public String getAlgorithm() {
        return ProviderAlgorithms.XDH;
    }

    @Override
    public String getFormat() {
        return ProviderAlgorithms.X509;
    }

    @Override
    public byte[] getEncoded() {
        return key.spki();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicKey other && ProviderAlgorithms.X509.equals(other.getFormat())
                && Arrays.equals(getEncoded(), other.getEncoded());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(getEncoded());
    }

    /** Serialised as its standard encoding ({@code KeyRep}), as the JDK's keys are; the fields are never written. */
    @java.io.Serial
    private Object writeReplace() {
        return new java.security.KeyRep(java.security.KeyRep.Type.PUBLIC, ProviderAlgorithms.XDH, ProviderAlgorithms.X509, getEncoded());
    }

    @Override
    public String toString() {
        return "Citadel " + key;
    }
}
