package dev.citadel.corecrypto.internal.jca.provider;

import dev.citadel.corecrypto.eddsa.EdDsaPublicKey;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.EdECPoint;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;

/** An Ed25519 public key of the Citadel provider (decodes to a curve point: checked by corecrypto). */
public final class CitadelEdDsaPublicKey implements EdECPublicKey {

    private static final long serialVersionUID = 1L;

    private final transient EdDsaPublicKey key;

    CitadelEdDsaPublicKey(EdDsaPublicKey key) {
        this.key = key;
    }

    EdDsaPublicKey key() {
        return key;
    }

    /** RFC 8032 §5.1.2: y little-endian with the sign of x in the top bit. */
    @Override
    public EdECPoint getPoint() {
        byte[] raw = key.raw();
        boolean xOdd = (raw[raw.length - 1] & 0x80) != 0;
        raw[raw.length - 1] &= 0x7f;
        return new EdECPoint(xOdd, new BigInteger(1, LittleEndian.reverse(raw)));
    }

    @Override
    public NamedParameterSpec getParams() {
        return NamedParameterSpec.ED25519;
    }

    @Override
    public String getAlgorithm() {
        return ProviderAlgorithms.EDDSA;
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
        return new java.security.KeyRep(java.security.KeyRep.Type.PUBLIC, ProviderAlgorithms.EDDSA, ProviderAlgorithms.X509, getEncoded());
    }

    @Override
    public String toString() {
        return "Citadel " + key;
    }
}
